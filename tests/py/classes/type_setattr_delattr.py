# type.__setattr__/__delattr__ reach the class's own dict; object's refuse a class
class A:
    x = 1
type.__setattr__(A, 'w', 5); print(A.w, A.__dict__['w'])
type.__delattr__(A, 'w'); print(hasattr(A, 'w'))
try: type.__delattr__(A, 'w')
except AttributeError as e: print(e)
try: object.__setattr__(A, 'v', 1)
except TypeError as e: print(e)
try: object.__delattr__(A, 'x')
except TypeError as e: print(e)
try: type.__setattr__(int, 'v', 1)
except TypeError as e: print(e)
class Meta(type):
    def __setattr__(cls, name, value):
        if name.startswith('no'):
            raise AttributeError('refused %r' % name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('del', name)
        super().__delattr__(name)
class B(metaclass=Meta):
    y = 2
B.z = 3; print(B.z)
try: B.nope = 1
except AttributeError as e: print(e)
del B.z; print(hasattr(B, 'z'))
try: object.__setattr__(B, 'q', 1)
except TypeError as e: print(e)
# the slot is updated when a dunder is set through type.__setattr__
type.__setattr__(A, '__len__', lambda self: 7); print(len(A()))
