# list[int] and its kind: types.GenericAlias, what a type hint is made of
a = list[int]
print(a, type(a), a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[()], tuple[int, ...], set[frozenset[str]])
print(type[int], tuple[int, str].__args__)
print(a == list[int], a != list[str], a == list, hash(a) == hash(list[int]))
b = a([3, 1, 2])
print(b, type(b))
print(a.append is list.append, a.__name__, a.__qualname__)
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)

class Box:
    pass

print(list[Box], dict[str, Box].__args__[1] is Box)
print(list['forward'], list[None], list[1, 2])
d = {list[int]: 'hinted'}
print(d[list[int]])
import collections
print(collections.deque[int], frozenset[int], enumerate[str] if hasattr(enumerate, '__class_getitem__') else 'enumerate[str]')
x: dict[str, float] = {}
print(x, __annotations__)
try:
    Box[int]
except TypeError as e:
    print('TypeError:', e)
import types
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, int), types.GenericAlias is type(list[int]))
print(repr(list[list[list[int]]]))
