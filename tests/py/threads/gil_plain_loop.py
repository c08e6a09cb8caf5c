# n = n + 1 in a plain loop never loses an update in 3.11 (no check point between load and store)
import sys
import threading

sys.setswitchinterval(1e-6)
n = 0

def count(k):
    global n
    for _ in range(k):
        n = n + 1

ts = [threading.Thread(target=count, args=(200000,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(n)
