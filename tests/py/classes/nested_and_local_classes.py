# classes defined inside functions and other classes; each call makes a new class; closures in methods
def make_counter_class(step):
    class Counter:
        def __init__(self):
            self.n = 0
        def tick(self):
            self.n += step
            return self.n
    return Counter

C2 = make_counter_class(2)
C5 = make_counter_class(5)
a, b = C2(), C5()
a.tick(); a.tick(); b.tick()
print(a.n, b.n, C2 is C5, C2.__name__ == C5.__name__)
class Tree:
    class Node:
        def __init__(self, v, kids=()):
            self.v, self.kids = v, list(kids)
        def total(self):
            return self.v + sum(k.total() for k in self.kids)
    def __init__(self, root):
        self.root = root
N = Tree.Node
t = Tree(N(1, [N(2), N(3, [N(4)])]))
print(t.root.total(), type(t.root).__qualname__)
