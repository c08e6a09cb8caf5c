# finalizers at the end of the program run while the globals they use still exist (the namespace is collected as a cycle, finalizers first)
log = ['log']


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name, log, len(registry))


def gen():
    try:
        yield 1
    finally:
        print('generator finally', log[0], Noisy.__name__)


first = Noisy('first')
registry = {'a': 1}
g = gen()
next(g)
last = Noisy('last')
print('end of program')
