# a lock held by one thread: another waits for it (without the GIL), then gets it when released
import threading

lock = threading.Lock()
order = []
holding = threading.Event()
go = threading.Event()

def holder():
    with lock:
        order.append("holder has it")
        holding.set()
        go.wait()
        order.append("holder lets go")

def waiter():
    holding.wait()
    with lock:
        order.append("waiter has it")

h = threading.Thread(target=holder)
w = threading.Thread(target=waiter)
h.start()
w.start()
holding.wait()
print(lock.acquire(timeout=0.05))
go.set()
h.join()
w.join()
print(order)
print(lock.locked())
