# a Barrier broken by abort() or a timeout raises BrokenBarrierError until reset()
import threading

b = threading.Barrier(2)
try:
    b.wait(timeout=0.01)
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__name__, repr(e))
print(b.broken)
r = repr(b)
print(r[r.index(":"):])
b.reset()
print(b.broken)
errors = []

def waiter():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errors.append("waiter saw it broken")

t = threading.Thread(target=waiter)
t.start()
while b.n_waiting == 0:
    pass
b.abort()
t.join()
print(errors, b.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
