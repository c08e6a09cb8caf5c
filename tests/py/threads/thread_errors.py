# the misuses of a Thread CPython refuses, with its messages
import threading

def work():
    pass

t = threading.Thread(target=work)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)

class Forgot(threading.Thread):
    def __init__(self):
        pass

try:
    Forgot().start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Forgot().join()
except RuntimeError as e:
    print("RuntimeError:", e)
