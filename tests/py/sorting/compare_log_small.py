# The exact comparisons list.sort() makes on small lists (binary insertion), as a printing __lt__ shows them
class V:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __lt__(self, other):
        print(f"{self.name}<{other.name}", end=" ")
        return self.value < other.value

    def __repr__(self):
        return self.name


def show(title, values):
    items = [V(chr(ord("a") + i), v) for i, v in enumerate(values)]
    print(f"{title}: ", end="")
    items.sort()
    print("->", items)


show("empty", [])
show("one", [1])
show("two in order", [1, 2])
show("two reversed", [2, 1])
show("two equal", [5, 5])
show("three", [2, 3, 1])
show("random", [5, 2, 9, 1, 7, 3, 8, 6, 4, 0])
show("sorted", [1, 2, 3, 4, 5, 6, 7, 8])
show("reversed", [8, 7, 6, 5, 4, 3, 2, 1])
show("all equal", [4, 4, 4, 4, 4, 4])
show("descending with ties", [5, 4, 4, 3, 2, 2, 1])
show("run then noise", [1, 2, 3, 4, 5, 0, 9, 2, 7])
show("descending run then noise", [9, 8, 7, 6, 1, 5, 3])
show("sawtooth", [1, 3, 5, 2, 4, 6, 1, 3, 5])
show("many ties", [2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1])
print("sorted() of the same:", end=" ")
print(sorted([V("x", 2), V("y", 1), V("z", 2)]))
