# A subclass overrides run(): that is what the child executes. The object
# is copied into the child by fork, so what run() changes in it stays in
# the child; a result comes back through a Queue, as pickled bytes.
import multiprocessing as mp


class Squarer(mp.Process):
    def __init__(self, numbers, results):
        super().__init__()
        self.numbers = numbers
        self.results = results
        self.done = False

    def run(self):
        self.done = True
        self.results.put((self.name, [n * n for n in self.numbers]))


class Nested(mp.Process):
    def run(self):
        print("in", mp.current_process().name, "parent", mp.parent_process().name)
        inner = mp.Process(target=print, args=("inner", "child"))
        print("inner name:", inner.name)
        inner.start()
        inner.join()
        print("inner exitcode", inner.exitcode)


if __name__ == "__main__":
    results = mp.Queue()
    workers = [Squarer(range(i * 3, i * 3 + 3), results) for i in range(3)]
    for w in workers:
        w.start()
    got = sorted(results.get() for _ in workers)
    for w in workers:
        w.join()
    print(got)
    print([w.exitcode for w in workers], [w.done for w in workers])

    n = Nested()
    n.start()
    n.join()
    print(n.name, n.exitcode)
