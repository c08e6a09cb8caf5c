# map, filter, zip, enumerate and reversed can be subclassed, as in CPython.
class Tagged(map):
    def __init__(self, *args):
        self.tag = 'tagged'

class Tens(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v

class Pairs(zip):
    pass

class Truthy(filter):
    pass

class Back(reversed):
    pass

m = Tagged(str, [1, 2])
print(list(m), m.tag, type(m).__name__, isinstance(m, map), Tagged.__mro__)
print(list(Tens('xy')), list(Pairs('ab', [1, 2])), list(Truthy(None, [0, 1, 2])), list(Back([1, 2, 3])))
print(vars(Tagged(len, [])))

# an instance in a cycle is freed by the collector
import gc
loop = Tagged(len, ['ab'])
loop.me = loop
del loop
print(gc.collect() > 0)
