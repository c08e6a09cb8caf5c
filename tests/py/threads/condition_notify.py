# a Condition: consumers wait() until a producer notify()s; notify_all() wakes the rest
import threading

cond = threading.Condition()
items = []
taken = []

def consumer(name):
    with cond:
        while not items:
            cond.wait()
        taken.append((name, items.pop(0)))

ts = [threading.Thread(target=consumer, args=("c%d" % i,)) for i in range(4)]
for t in ts:
    t.start()
with cond:
    items.append(1)
    cond.notify()
with cond:
    items.extend([2, 3, 4])
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(v for _, v in taken), len(taken))
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at "), repr(cond).endswith(", 0)>"))
