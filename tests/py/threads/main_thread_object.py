# the main thread's Thread object: its name, repr, and that it is alive and no daemon
import threading

m = threading.main_thread()
print(m.name, m.daemon, m.is_alive(), type(m).__name__)
r = repr(m)
print(r[:r.index("started")])
print(threading.current_thread() is m, m in threading.enumerate())
