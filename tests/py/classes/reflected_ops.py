# reflected operators: when the left operand returns NotImplemented (or lacks the method) Python calls the right operand's __radd__, __rsub__, __rmul__ ...; sum() starts from 0
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return 'Money(%d)' % self.cents
    def __add__(self, other):
        print('  __add__', self, other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print('  __radd__', self, other)
        return self.__add__(other)
    def __sub__(self, other):
        return Money(self.cents - other)
    def __rsub__(self, other):
        print('  __rsub__', self, other)
        return Money(other - self.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    __rmul__ = __mul__
    def __rtruediv__(self, other):
        return 'rtruediv ' + repr(other)
    def __rfloordiv__(self, other):
        return 'rfloordiv'
    def __rmod__(self, other):
        return 'rmod'
    def __rpow__(self, other):
        return 'rpow ' + repr(other)

m = Money(150)
print(m + 50)
print(50 + m)
print(100 - m, m - 100)
print(3 * m, m * 3)
print(sum([Money(1), Money(2), Money(3)]))
print(1 / m, 1 // m, 1 % m, 2 ** m)
class Sub(Money):
    def __radd__(self, other):
        print('  Sub.__radd__ runs first: the right operand is a subclass')
        return Money(-1)
print(Money(1) + Sub(2))
