# Decimals in the rest of the library: json's parse_float, pickle (every protocol) and copy, f-strings with =, subclasses with their own repr, truth values
import json, copy, pickle
from decimal import *
print(json.loads('{"a": 1.10, "b": [2.5e3, 3]}', parse_float=Decimal))
try:
    json.dumps(Decimal(1))
except TypeError as e:
    print(e)
print(pickle.loads(pickle.dumps([Decimal('1.5'), Context(prec=5)], 2)))
print(pickle.dumps(Decimal('1.5'), 0))
print(pickle.dumps(Decimal('1.5'), 4))
print(copy.copy(Decimal('2')), copy.deepcopy(Context(prec=3)))
print(f'{Decimal("1.5")=}', ascii(Decimal('1')), str(Decimal('-0E-3')))
print([Decimal(i) / 4 for i in range(5)], {Decimal('0.5'): 1})
print(Decimal.__doc__[:40], Context.__doc__[:30])
print(bool(Decimal('0E+5')), bool(Decimal('NaN')), not Decimal('-0'))
class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % self
m = Money('1.50')
print(m, repr(m), m + 1, type(m + 1).__name__, Money(m), type(-m).__name__, m == Decimal('1.5'), hash(m) == hash(1.5))
print(localcontext().__class__.__name__)
