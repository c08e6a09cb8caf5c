# a Semaphore(2) lets at most two of six threads inside at once
import threading

gate = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
most = 0
done = []

def work(i):
    global inside, most
    with gate:
        with lock:
            inside += 1
            most = max(most, inside)
        for _ in range(2000):
            pass
        with lock:
            inside -= 1
    done.append(i)

ts = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(most <= 2, inside, sorted(done))
