# time.sleep lets the GIL go: four threads sleeping 0.2 s each take far less than 0.8 s together
import threading
import time

def nap():
    time.sleep(0.2)

start = time.perf_counter()
ts = [threading.Thread(target=nap) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.perf_counter() - start
print("overlapped" if elapsed < 0.6 else "in a row: %.2f s" % elapsed)
