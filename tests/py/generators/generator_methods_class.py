# __iter__ written as a generator makes a class iterable, with a fresh generator per loop; generators as methods see self
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t))
print(list(t.leaves()), sum(t), max(t), 5 in t)
for d, v in t.depth_first():
    print('  ' * d + str(v))
