# threads writing distinct keys of one dict and appending to one list (safe: each is one operation)
import threading

d = {}
items = []

def fill(k):
    for i in range(500):
        d[(k, i)] = i
        items.append(k)

ts = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), len(items), sorted(set(items)), sum(d.values()))
