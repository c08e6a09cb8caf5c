# Decimal from strings: every spelling of numbers, exponents, infinities and NaNs with payloads, underscores, whitespace, non-ASCII digits, and the ConversionSyntax errors
from decimal import Decimal, InvalidOperation, Context, getcontext

good = ['0', '-0', '+0', '1', '-1', '+1.5', '1.', '.5', '-.5', '00012.3400', '1e5', '1E5', '1e+5', '1e-5',
        '-1.5e-7', '0.000001', '0.0000001', '123456789012345678901234567890', '1.2345678901234567890123456789012',
        '1e999999', '1e-999999', '1e1000000', '1e-1000000', '12e-1000005', '0e-100', '0E+100', '-0.000',
        'Inf', 'inf', 'INF', 'Infinity', '-infinity', '+iNfInItY', 'NaN', 'nan', '-NaN', 'NaN123', 'nan0012',
        '-nan45', 'sNaN', 'snan', '-sNaN7', 'sNaN00', 'NaN' + '9' * 40,
        '1_000', '1_000.000_1', '1e1_0', '_1', '1_', '1__0', '1._5', '-_1', 'in_f', 'n_an', '1e_5',
        '  42  ', '\t-3.5\n', '\u00a07\u2003', '\u0663.\u0665', '\u0661\u0662e\u0663', '\uff11\uff12',
        '1.23E-7', '123.4567e+20', '4.0', '4.00000', '1000', '1E3']
for s in good:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple())

bad = ['', ' ', '.', 'e5', '1e', '1e+', '1.2.3', '1 2', '+-1', '--1', '0x10', '1e5.5', 'Infinit', 'Infinityy',
       'nan1e2', 'NaN-1', 'sNaN.1', 'abc', '1,000', '_', '1e5e5', '\u00bd', 'inf1', '+', '-']
for s in bad:
    try:
        Decimal(s)
        print('no error for', repr(s))
    except InvalidOperation as e:
        print(repr(s), type(e).__name__, e)

# without the trap the result is a quiet NaN and the flag is set
c = Context(traps=[])
print(repr(Decimal('junk', c)), c.flags[InvalidOperation])
print(repr(c.create_decimal('junk')), repr(c.create_decimal('1.23456789012345678901234567890123')))
c.prec = 5
print(repr(c.create_decimal('NaN123456')), repr(c.create_decimal('NaN1234')), repr(c.create_decimal('-sNaN12')))
print(repr(c.create_decimal('123456789')), repr(c.create_decimal('-0.0000123456789')))
print(getcontext().prec, repr(Decimal('3.14159265358979323846264338327950288419716939937510')))
print(repr(Decimal()), repr(Decimal('-0E-5')), repr(Decimal('0E+3')))
