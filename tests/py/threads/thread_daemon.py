# the daemon flag: given, inherited from the creating thread, fixed once started
import threading

a = threading.Thread(target=print)
b = threading.Thread(target=print, daemon=True)
print(a.daemon, b.daemon, threading.main_thread().daemon, threading.current_thread().daemon)
a.daemon = True
print(a.daemon)
seen = []

def inner():
    seen.append(("inner", threading.current_thread().daemon))

def outer():
    t = threading.Thread(target=inner)
    seen.append(("outer", threading.current_thread().daemon, t.daemon))
    t.start()
    t.join()

o = threading.Thread(target=outer, daemon=True)
o.start()
o.join()
print(seen)
try:
    o.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(b))
