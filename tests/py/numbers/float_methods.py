# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag, __trunc__/__floor__/__ceil__
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
vals = [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1 / 3, 1e16, 3.75]
for v in vals:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, v.conjugate(), v.real, v.imag)
for v in [3.7, -3.7, 0.5, -0.5, 1e20, -0.0]:
    print(v, v.__trunc__(), v.__floor__(), v.__ceil__(), int(v))
for s in ['0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023',
          '  0X10  ', '1', 'a.b', '.8', '8.', '0x.8p+2', '-inf', 'Infinity', 'nan', '0x1.0000000000001p0',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080000000001p0', '0x0p0', '-0x0.0p+0']:
    check(lambda: float.fromhex(s))
for s in ['0x', '0xp1', '1p', 'x1', '0x1.2.3', '0x1p1.5', '', '0x1p99999', '1e10']:
    check(lambda: float.fromhex(s))
print((1.5).hex(), (-0.0).hex(), float('inf').hex(), float('nan').hex(), (2.0 ** -1074).hex(), (2.0 ** -1022).hex())
check(lambda: float('inf').as_integer_ratio())
check(lambda: float('nan').as_integer_ratio())
check(lambda: float.fromhex(1))
class F(float):
    pass
print(type(F.fromhex('0x1p3')).__name__, F.fromhex('0x1p3'))
print(float.__name__, type(1.5) is float, isinstance(1.5, float), float.__mro__)
