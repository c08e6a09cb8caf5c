# fifty threads, each appending its number: all of them run and finish
import threading

out = []
lock = threading.Lock()

def work(i):
    with lock:
        out.append(i)

ts = [threading.Thread(target=work, args=(i,)) for i in range(50)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(out), sorted(out) == list(range(50)), threading.active_count())
