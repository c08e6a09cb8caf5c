# int | str: types.UnionType, and isinstance() with one
u = int | str
print(u, type(u), u.__args__, u.__parameters__)
print(int | None, None | int, (int | None).__args__)
print(isinstance(1, u), isinstance('a', u), isinstance(1.5, u), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(int | int, int | str | int, (int | str) | (str | float))
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) == (int | float))
print(list[int] | None, type(list[int] | None), dict[str, int] | list[int] | None)
for bad in (lambda: int | 3, lambda: 'x' | int, lambda: int | 'forward'):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print('TypeError:', e)
try:
    (int | str)[int]
except TypeError as e:
    print('TypeError:', e)

class Meta(type):
    pass

class A(metaclass=Meta):
    pass

print(A | None, isinstance(A(), A | int))
def describe(value: int | float | None = None) -> str | None:
    return None if value is None else f'{value:.1f}'
print(describe(2), describe())
import types
print(types.UnionType is type(int | str))
print({int | str: 1}[str | int])
