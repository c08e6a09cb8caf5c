# finalizers of objects in cycles run once, in any order, and may touch each other; gc.collect() returns the number found
import gc
order = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        order.append(self.name + ':' + (self.peer.name if self.peer else '-'))


def make():
    a, b, c = Node('a'), Node('b'), Node('c')
    a.peer, b.peer, c.peer = b, c, a


for i in range(3):
    make()
gc.collect()
print(len(order), sorted(order)[:3])
gc.collect()
print(len(order))
