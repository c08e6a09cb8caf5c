# the hash() built-in: one positional argument, hash(x) == x.__hash__() for hashable types, TypeErrors otherwise
print(hash(5) == (5).__hash__(), hash(2.5) == (2.5).__hash__(), hash((1, 2)) == (1, 2).__hash__())
print(hash('s') == 's'.__hash__(), hash(-1) == (-1).__hash__(), (-1).__hash__())
for args in [(), (1, 2)]:
    try:
        hash(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    hash(obj=1)
except TypeError as e:
    print('TypeError:', e)
print(type(hash(2**100)).__name__, type(hash(1.5)).__name__, type(hash('x')).__name__)
print(hash(range(5)) == hash(range(0, 5)), range(0) == range(3, 3), hash(range(0)) == hash(range(3, 3)))
try:
    hash(slice(1, 2))
except TypeError as e:
    print('TypeError:', e)
print(list.__hash__ is None, dict.__hash__ is None, set.__hash__ is None, tuple.__hash__ is None)
