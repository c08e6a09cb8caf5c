# While a list is sorted it looks empty; changing it makes the sort fail with "list modified during sort" and the sorted items are kept
data = [3, 1, 2]


class Peek:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  inside: len={len(lst)} list={lst} bool={bool(lst)} in={self in lst}")
        return self.v < other.v

    def __repr__(self):
        return f"P{self.v}"


lst = [Peek(2), Peek(1)]
lst.sort()
print("after:", lst)


class Appender(Peek):
    def __lt__(self, other):
        lst.append(Peek(99))
        return self.v < other.v


lst = [Appender(v) for v in (4, 2, 3, 1)]
try:
    lst.sort()
except ValueError as e:
    print("ValueError:", e)
print("kept the sorted items:", lst)

# a key function that changes the list
lst = [5, 3, 9, 1]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print("ValueError:", e, lst)
try:
    lst.sort(key=lambda x: lst.insert(0, x) or -x, reverse=True)
except ValueError as e:
    print("ValueError:", e, lst)


# extend and slice assignment
class Extender(Peek):
    def __lt__(self, other):
        lst.extend([Peek(7), Peek(8)])
        lst[:1] = []
        return self.v < other.v


lst = [Extender(v) for v in (3, 1, 2)]
try:
    lst.sort()
except ValueError as e:
    print("ValueError:", e, lst)

# clearing the empty-looking list changes nothing
lst = [3, 1, 2]
lst.sort(key=lambda x: lst.clear() or x)
print("clear inside:", lst)


# a comparison error wins over the modification
class Both(Peek):
    def __lt__(self, other):
        lst.append(0)
        raise RuntimeError("compare failed")


lst = [Both(1), Both(2)]
try:
    lst.sort()
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e, lst)

# a nested sort of the same list sees an empty list
lst = [2, 1]
lst.sort(key=lambda x: lst.sort() or x)
print("nested:", lst)

# sorted() works on its own copy: changing the source does not matter
src = [3, 1, 2]
print(sorted(src, key=lambda x: src.append(x) or x), src)
