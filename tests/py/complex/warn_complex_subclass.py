# __complex__ returning an instance of a complex subclass works with CPython's DeprecationWarning
import warnings
warnings.simplefilter('always')
class Sub(complex):
    pass
class Maker:
    def __complex__(self):
        return Sub(1, 2)
z = complex(Maker())
print(z, type(z).__name__)
