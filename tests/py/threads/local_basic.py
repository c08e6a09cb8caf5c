# threading.local: each thread sees its own attributes
import threading

data = threading.local()
data.x = "main"
seen = []

def work(i):
    seen.append((i, hasattr(data, "x")))
    data.x = i
    data.y = i * 10
    seen.append((i, data.x, data.y, sorted(data.__dict__)))

ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(seen)
print(data.x, hasattr(data, "y"), data.__dict__)
del data.x
print(hasattr(data, "x"))
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
print(type(data).__name__, threading.local is type(data))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
