# iter() and next(): iterators of built-in types, next with a default, iter(iterator) is the iterator itself, iter(callable, sentinel)
for obj in ['ab', [1, 2], (3,), {'k': 'v'}, range(2), {5: None}.values(), {7: 8}.items()]:
    it = iter(obj)
    print(type(obj).__name__.ljust(11), iter(it) is it, list(it), next(it, 'exhausted'))
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it))
numbers = [5, 3, 0, 8]
pos = [0]
def take():
    v = numbers[pos[0]]
    pos[0] += 1
    return v
print(list(iter(take, 0)))
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
