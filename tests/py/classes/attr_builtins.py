# getattr (with a default), setattr, hasattr, delattr on instances and classes; their errors
class Box:
    size = 1
b = Box()
setattr(b, 'color', 'red')
print(getattr(b, 'color'), getattr(b, 'size'), getattr(b, 'weight', 0))
print(hasattr(b, 'color'), hasattr(b, 'weight'), hasattr(Box, 'color'))
delattr(b, 'color')
print(hasattr(b, 'color'))
setattr(Box, 'size', 5)
print(b.size)
names = ['a', 'b', 'c']
for i, n in enumerate(names):
    setattr(b, n, i * 10)
print([getattr(b, n) for n in names])
try:
    getattr(b, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(b, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(b, 5)
except TypeError as e:
    print('TypeError:', e)
print(getattr(5, 'real'), getattr('abc', 'upper')())
