# Thread(target, args, kwargs): start() runs the target in a new thread; join() waits for it
import threading

results = {}

def work(name, count, step=1):
    total = 0
    for i in range(0, count, step):
        total += i
    results[name] = total

threads = [threading.Thread(target=work, args=("a", 1000)),
           threading.Thread(target=work, args=("b", 2000), kwargs={"step": 2}),
           threading.Thread(target=work, kwargs={"name": "c", "count": 10})]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in threads])
