# The names threading had before Python 2.6 (currentThread, getName, isSet,
# notifyAll, ...) still work, each with a DeprecationWarning blamed on the
# line that used it.
import threading
print(threading.currentThread().getName())
t = threading.Thread(target=lambda: None)
print(t.isDaemon())
t.setName("x"); print(t.getName())
e = threading.Event(); print(e.isSet())
print(threading.activeCount())
c = threading.Condition()
with c: c.notifyAll()
