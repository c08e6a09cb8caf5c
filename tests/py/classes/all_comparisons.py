# all six rich comparison methods defined explicitly; a table of results, including against other types where the reflected method or NotImplemented decides
class Money:
    def __init__(self, cents):
        self.cents = cents
    def _other(self, o):
        return o.cents if isinstance(o, Money) else o if isinstance(o, int) else None
    def __eq__(self, o):
        v = self._other(o)
        return NotImplemented if v is None else self.cents == v
    def __ne__(self, o):
        v = self._other(o)
        return NotImplemented if v is None else self.cents != v
    def __lt__(self, o):
        v = self._other(o)
        return NotImplemented if v is None else self.cents < v
    def __le__(self, o):
        v = self._other(o)
        return NotImplemented if v is None else self.cents <= v
    def __gt__(self, o):
        v = self._other(o)
        return NotImplemented if v is None else self.cents > v
    def __ge__(self, o):
        v = self._other(o)
        return NotImplemented if v is None else self.cents >= v
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return 'M(%d)' % self.cents

ops = [('==', lambda a, b: a == b), ('!=', lambda a, b: a != b), ('<', lambda a, b: a < b),
       ('<=', lambda a, b: a <= b), ('>', lambda a, b: a > b), ('>=', lambda a, b: a >= b)]
pairs = [(Money(1), Money(2)), (Money(2), Money(2)), (Money(3), 2), (2, Money(3)), (Money(1), 'x'), ('x', Money(1))]
for a, b in pairs:
    row = []
    for name, op in ops:
        try:
            row.append(name + ' ' + str(op(a, b)))
        except TypeError as e:
            row.append(name + ' TypeError')
    print(repr(a).ljust(5), repr(b).ljust(5), ' | '.join(row))
try:
    Money(1) < 'x'
except TypeError as e:
    print('TypeError:', e)
print(sorted([Money(3), 1, Money(2)]), Money(2) in [2], {Money(5): 'five'}[5], max(Money(1), 0, Money(4)))
