# current_thread() in a thread started by _thread makes a _DummyThread named Dummy-N
import _thread
import threading

box = []
done = _thread.allocate_lock()
done.acquire()

def work():
    me = threading.current_thread()
    box.append((me.name, type(me).__name__, me.daemon, me.is_alive()))
    done.release()

_thread.start_new_thread(work, ())
done.acquire()
print(box)
