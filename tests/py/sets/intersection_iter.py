# intersection with an iterator stops as soon as every key of the set was found; issuperset stops at the first miss
it = iter([1, 2, 3, 4, 5])
print({1, 2}.intersection(it), list(it))
it = iter([5, 1, 9, 2, 7])
print({1, 2, 3}.intersection(it), list(it))
it = iter([1, 7, 2, 3])
print({1, 2}.issuperset(it), list(it))
it = iter([3, 4, 1])
print({1, 2}.isdisjoint(it), list(it))
calls = []
def gen():
    for n in range(10):
        calls.append(n)
        yield n
print({0, 1}.issubset(gen()), calls)
calls.clear()
s = set()
s.update(gen())
print(s, calls)
