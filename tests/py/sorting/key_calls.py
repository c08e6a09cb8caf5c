# The key function is called exactly once per item, in list order, before any comparison; comparisons are between keys
class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  K({self.v})<K({other.v})")
        return self.v < other.v


def key(x):
    print(f"  key({x!r})")
    return K(x % 4)


for data in ([], [7], [7, 2], [5, 3, 8, 1, 6], [9, 8, 7, 6, 5, 4]):
    print("sort", data)
    lst = list(data)
    lst.sort(key=key)
    print(" ->", lst)
    print("sorted reverse", data)
    print(" ->", sorted(data, key=key, reverse=True))

# key=None is no key
print(sorted([3, 1, 2], key=None), sorted([3, 1, 2], key=None, reverse=True))
# builtin and bound-method keys
print(sorted(["bb", "a", "ccc"], key=len), sorted([-2, 1, -3], key=abs))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
calls = []
print(sorted(range(10), key=lambda x: calls.append(x) or -x), calls)
