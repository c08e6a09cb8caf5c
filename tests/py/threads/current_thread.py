# current_thread() and main_thread() from the main thread and from others
import threading

names = []

def work():
    me = threading.current_thread()
    names.append((me.name, me is threading.main_thread(), type(me).__name__))

ts = [threading.Thread(target=work, name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(names)
m = threading.current_thread()
print(m.name, m is threading.main_thread(), type(m).__name__, m.is_alive())
