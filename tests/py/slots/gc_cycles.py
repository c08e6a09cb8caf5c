# slots hold references: they are counted, traversed by the collector and
# dropped when the instance dies
import gc, sys

class Node:
    __slots__ = ('next', 'name', '__weakref__')

    def __init__(self, name):
        self.name = name
        self.next = None

class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('freed', self.tag)

a = Node('a')
b = Node('b')
a.next = b
b.next = a
b.name = Noisy('in a cycle')
del a, b
print('collected:', gc.collect() > 0)

holder = Node('h')
holder.next = Noisy('held by a slot')
print('dropping the holder')
del holder
print('done')

x = []
n = Node(x)
print(sys.getrefcount(x) - 1)
del n
print(sys.getrefcount(x) - 1)
