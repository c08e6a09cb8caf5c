# an exception in a thread goes to threading.excepthook; the program goes on
import threading

reports = []

def hook(args):
    reports.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                    args.exc_traceback is not None))

threading.excepthook = hook

def boom(msg):
    raise ValueError(msg)

t = threading.Thread(target=boom, args=("first",), name="failing")
t.start()
t.join()

class Bad(threading.Thread):
    def run(self):
        {}["key"]

b = Bad(name="bad")
b.start()
b.join()
print(reports)
print(threading.__excepthook__ is not hook, t.is_alive())
