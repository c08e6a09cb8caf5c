# Cycles through instances: CPython 3.11 keeps an instance's attributes inline (no dict object), so a cycle of two instances counts 2
import gc
gc.disable()
gc.collect()

class Node:
    pass

x = Node()
y = Node()
x.other = y
y.other = x
del x, y
print("two instances:", gc.collect())

x = Node()
x.me = x
del x
print("instance referring to itself:", gc.collect())

class Init:
    def __init__(self):
        self.me = self

Init()
print("made in __init__, never named:", gc.collect())

x = Node()
x.items = [x]
del x
print("instance and list:", gc.collect())

x = Node()
x.d = {"back": x}
del x
print("instance and dict:", gc.collect())

nodes = [Node() for _ in range(4)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 4]
    n.value = i * i
del nodes, n
print("ring of four instances:", gc.collect())

class Slotted:
    __slots__ = ("other",)

p = Slotted()
q = Slotted()
p.other = q
q.other = p
del p, q
print("__slots__ instances:", gc.collect())

class Tree:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

root = Tree(None)
for _ in range(3):
    Tree(root)
del root
print("tree with parent links:", gc.collect())

x = Node()
x.a = 1
del x.a
x.me = x
del x
print("after deleting an attribute:", gc.collect())
