# Two threads under --step: the stepper stops whichever thread reports, and
# says which; --switch-every makes the interleaving the same on every run.
import threading

def work(n):
    total = 0
    for k in range(n):
        total += k
    return total

t = threading.Thread(target=work, args=(3,), name="worker")
t.start()
print("main", work(2))
t.join()
