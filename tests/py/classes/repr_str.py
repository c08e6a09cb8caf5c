# __repr__ and __str__: print/str use __str__, repr and containers use __repr__, str falls back to __repr__
class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'OnlyRepr(' + repr(self.v) + ')'

class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Both(%r)' % (self.v,)
    def __str__(self):
        return 'both with ' + str(self.v)

a, b = OnlyRepr('x'), Both(3)
print(a, b)
print(str(a), str(b))
print(repr(a), repr(b))
print([a, b], (b,), {'k': b})
print(f'{b} {b!r} {a!s}')
print('%s and %r' % (b, b))
print('{} {!r}'.format(b, b))
print(str([b]), repr('quote\'s'))
class Sub(Both):
    pass
print(Sub(1), [Sub(2)])
