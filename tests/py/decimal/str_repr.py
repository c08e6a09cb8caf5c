# str, repr and to_eng_string of Decimals: plain and exponent notation, engineering exponents, capitals, NaN payloads, as_tuple, adjusted, DecimalTuple
from decimal import *

vals = ['0', '-0', '0.00', '0E+3', '0E-7', '0E+2', '0E-8', '1', '-1', '123', '1.23', '0.000123', '0.0000123', '1.23E+3',
        '1.23E+5', '123E+3', '1E+1', '1E+2', '1E+3', '1E+4', '12E-7', '1.2E-7', '-5.4321E-10', '1E-6', '1E-7',
        '123456789012345678901234567890', '1.5E+999999', '1E-999999', 'Infinity', '-Infinity', 'NaN', '-NaN', 'NaN42', 'sNaN', '-sNaN007',
        '10E+5', '100E-5', '0.1E-10', '45E+1', '-0E-1', '7.0', '7.00000', '1234.5678E+10']
for s in vals:
    d = Decimal(s)
    print(s, str(d), repr(d), d.to_eng_string(), d.adjusted(), d.as_tuple())
t = Decimal('-1.25').as_tuple()
print(t.sign, t.digits, t.exponent, t, type(t).__name__, t == (1, (1, 2, 5), -2))
print(DecimalTuple(0, (1,), 2), Decimal(DecimalTuple(1, (4, 2), -1)))
with localcontext(capitals=0):
    print(str(Decimal('1E+10')), repr(Decimal('1.5E-10')), Decimal('1E+10').to_eng_string(), Decimal('Infinity'), getcontext().to_sci_string(Decimal('1E+10')))
print(getcontext().to_sci_string(Decimal('1E+10')), getcontext().to_eng_string(Decimal('1E+10')), getcontext().to_eng_string(Decimal('1E-10')))
print(Decimal('1E+10').__str__(), '%s %r' % (Decimal('1.10'), Decimal('2.20')), f'{Decimal("3.30")}', [Decimal('1.0')], (Decimal(2),))
print(str(Decimal(2) ** 100), str(Decimal(1) / 3), repr(Decimal(10) ** -30))
