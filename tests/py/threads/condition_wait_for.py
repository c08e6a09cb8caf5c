# Condition.wait_for(predicate, timeout) and wait(timeout): True when notified, False on timeout
import threading

cond = threading.Condition(threading.Lock())
state = {"n": 0}

def bump():
    for _ in range(5):
        with cond:
            state["n"] += 1
            cond.notify_all()

with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: state["n"] > 0, timeout=0.01))
t = threading.Thread(target=bump)
t.start()
with cond:
    print(cond.wait_for(lambda: state["n"] == 5))
t.join()
print(state)
with cond:
    print(cond.wait_for(lambda: "x", timeout=0))
