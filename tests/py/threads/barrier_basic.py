# a Barrier: three threads wait() until all three arrived; the action runs once per round
import threading

rounds = []
b = threading.Barrier(3, action=lambda: rounds.append("all in"))
indices = []
lock = threading.Lock()

def party():
    for _ in range(2):
        i = b.wait()
        with lock:
            indices.append(i)

ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), rounds)
print(b.parties, b.n_waiting, b.broken)
r = repr(b)
print(r[:r.index(" at ")], r[r.index(":"):])
