# the Context methods that mirror Decimal's operations (add, subtract, multiply, divide, power, plus, minus, abs, ...): ints accepted as operands, floats and strs refused, results rounded to that context and its flags set
from decimal import *

c = Context(prec=6, rounding=ROUND_HALF_UP, traps=[])
a, b = Decimal('123.4567'), Decimal('-7.25')
for name in ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near', 'divmod', 'power',
             'compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'max', 'min', 'max_mag', 'min_mag',
             'copy_sign', 'same_quantum', 'next_toward', 'quantize']:
    f = getattr(c, name)
    c.clear_flags()
    print(name, repr(f(a, b)), repr(f(3, a)), repr(f(a, 2)), sorted(k.__name__ for k, v in c.flags.items() if v))
for name in ['abs', 'plus', 'minus', 'sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'to_integral_value', 'to_integral',
             'to_integral_exact', 'next_plus', 'next_minus', 'copy_abs', 'copy_negate', 'number_class', 'to_sci_string',
             'to_eng_string', 'is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed', 'is_zero', 'is_normal',
             'is_subnormal', 'is_canonical', 'canonical', 'copy_decimal']:
    f = getattr(c, name)
    c.clear_flags()
    try:
        r = repr(f(a)), repr(f(16)), repr(f(Decimal('-0.5')))
    except InvalidOperation as e:
        r = repr(f(a)), repr(f(16)), 'InvalidOperation'
    except TypeError as e:
        r = repr(f(a)), 'TypeError', str(e)
    print(name, r, sorted(k.__name__ for k, v in c.flags.items() if v))
print(repr(c.fma(2, 3, 4)), repr(c.power(2, 10, 1000)), repr(c.power(Decimal('1.1'), 50)), repr(c.scaleb(a, 3)),
      repr(c.rotate(123456, 2)), repr(c.shift(123456, -2)), repr(c.logical_and(1101, 111)), repr(c.logical_invert(0)))
print(repr(c.radix()), repr(c.create_decimal('1.23456789')), repr(c.copy_decimal(5)), c.Etiny(), c.Etop())
for bad in [1.5, '1', None, [1]]:
    try:
        c.add(bad, 1)
    except TypeError as e:
        print('TypeError', e)
    try:
        c.sqrt(bad)
    except TypeError as e:
        print('TypeError', e)
print(Context(prec=3).add(Decimal('1.23'), Decimal('4.567')), Context(prec=50).divide(1, 7))
x = Context(prec=4, rounding=ROUND_DOWN)
print(x.plus(Decimal('-0')), x.minus(Decimal('0')), x.abs(Decimal('-0.00')), x.plus(Decimal('9.9999')), x.minus(Decimal('9.9999')))
y = Context(rounding=ROUND_FLOOR)
print(y.plus(Decimal('-0')), y.minus(Decimal('0')), y.add(Decimal('1'), Decimal('-1')), y.subtract(Decimal('0'), Decimal('0')))
