# an RLock: its owner may take it again; only the owner may release it
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
s = repr(r)
print(s[:s.index(" at ")])
with r:
    with r:
        s = repr(r)
        print(s.split(" owner=")[0], "count=2" in s)
r.acquire()
result = []

def other():
    result.append(r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        result.append(str(e))

t = threading.Thread(target=other)
t.start()
t.join()
print(result)
r.release()
t = threading.Thread(target=other)
t.start()
t.join()
print(result[2:])
print(type(r).__name__)
