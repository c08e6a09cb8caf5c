# a Thread subclass overriding run(); run() called directly runs in the calling thread
import threading

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))
        self.where = threading.current_thread().name

ts = [Counter(k) for k in (10, 100, 1000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([(t.name, t.result, t.where) for t in ts])
c = Counter(5)
c.run()
print(c.result, c.where)
