# an executor that is not shut down: its work still finishes before the program ends
from concurrent.futures import ThreadPoolExecutor
import threading

log = []
ex = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool")
futs = [ex.submit(log.append, i) for i in range(5)]
for f in futs:
    f.result()
print(sorted(log))
print(sorted(t.name for t in threading.enumerate() if t.name.startswith("pool")) != [])
print("main done")
