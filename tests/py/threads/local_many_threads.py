# threading.local across threads that overlap: none sees another's value
import threading

data = threading.local()
barrier = threading.Barrier(4)
ok = []

def work(i):
    data.value = i
    barrier.wait()
    ok.append(data.value == i)

ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(ok, hasattr(data, "value"))
