# a class's __dict__ is a live, read-only mappingproxy (types.MappingProxyType): it shows later changes, refuses item assignment and deletion, and reads like the dict it views
import types
m = types.MappingProxyType({'a': 1})
try:
    print(hash(m))
except TypeError as e:
    print("TypeError:", e)
print(m | {'b': 2}, type(m | {'b': 2}).__name__, {'c': 3} | m, list(reversed(m)), m == {'a': 1}, m != {'a': 1})
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)
try:
    m['x'] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del m['a']
except TypeError as e:
    print("TypeError:", e)
print(m.get('a'), m.get('z', 0), m.copy(), type(m.copy()).__name__, len(m), 'a' in m, 'q' in m, list(m))
print(m.keys(), m.items(), m.values(), m['a'])
try:
    m['missing']
except KeyError as e:
    print("KeyError:", e)
class A:
    x = 1
d = A.__dict__
A.y = 2
print(type(A.__dict__).__name__, A.__dict__['x'], A.__dict__ == A.__dict__, 'y' in d, d['y'])
del A.y
print('y' in d, sorted(k for k in d if not k.startswith('__')))
try:
    A.__dict__['z'] = 3
except TypeError as e:
    print("TypeError:", e)
print(vars(A)['x'], isinstance(A.__dict__, dict), str(types.MappingProxyType({1: 2})), repr(types.MappingProxyType({1: 2})))
print(types.MappingProxyType, type(int.__dict__) is types.MappingProxyType, 'bit_length' in int.__dict__)
print(dict(types.MappingProxyType({'k': 'v'})), {**types.MappingProxyType({'s': 1})}, len(A.__dict__) == len(dict(A.__dict__)))
import types
m = types.MappingProxyType({"a": 1})
try:
    m |= {"b": 2}
except TypeError as e:
    print("TypeError:", e)
print(m)
try:
    m.x = 1
except AttributeError as e:
    print("AttributeError:", e)
