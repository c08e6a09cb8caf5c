# a base listed twice, through type() and after __name__ changed: 'duplicate base class NAME' before any MRO merge
class A: pass
class B: pass
for bases in [(A, A), (A, B, A), (int, int), (A, B, B), (object, object)]:
    try:
        type('X', bases, {})
    except TypeError as e:
        print(e)
A.__name__ = 'Renamed'
try:
    class Y(A, A): pass
except TypeError as e:
    print(e)
