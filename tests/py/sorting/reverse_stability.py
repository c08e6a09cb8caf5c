# reverse=True reverses, sorts and reverses again: equal items keep their original order, and the comparisons are the ones of the reversed list
class V:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __lt__(self, other):
        print(f"{self.name}<{other.name}", end=" ")
        return self.value < other.value

    def __repr__(self):
        return f"{self.name}{self.value}"


items = [V(n, v) for n, v in zip("abcdefghij", [2, 1, 2, 3, 1, 2, 3, 1, 1, 2])]
print(sorted(items, reverse=True))
print(sorted(items))
lst = list(items)
lst.sort(reverse=True)
print(lst)
# not the same as reversing the ascending sort
asc = sorted(items)
asc.reverse()
print("reversed ascending:", asc)
# reverse with a key
print(sorted(items, key=lambda v: v.value % 2, reverse=True))
# reverse of an already descending list: one run, reversed twice
print(sorted([V("p", 3), V("q", 2), V("r", 1)], reverse=True))
# reverse of equal items only
print(sorted([V("x", 0), V("y", 0), V("z", 0)], reverse=True))
# reverse accepts ints
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0), sorted([3, 1, 2], reverse=False))
print(sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda p: p[0], reverse=True))
