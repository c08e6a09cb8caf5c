# the cmath functions on ordinary values, huge and tiny parts, and the constants, to the last digit
import cmath
zs = [0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -2.5+1j, 3-4j, 1e-8+1e-8j, 1e-310+1e-310j, 1e200+1e200j,
      -1e308-1e308j, complex(0.71, 0.7), complex(1.0, 1e-160), complex(-0.0, 2.0), complex(0.0, -2.0),
      complex(2.0, -0.0), complex(-2.0, 0.0), complex(-2.0, -0.0), complex(710, 1), complex(-720, 1)]
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan',
         'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh', 'phase', 'polar']
for name in names:
    f = getattr(cmath, name)
    print(name)
    for z in zs:
        try:
            print('   ', z, f(z))
        except (ValueError, OverflowError) as e:
            print('   ', z, type(e).__name__, e)
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-1, 10), cmath.log(100, 10+0j), cmath.log10(1000))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(2.0), cmath.sqrt(True), cmath.exp(cmath.pi * 1j))
print(cmath.rect(1, cmath.pi / 2), cmath.rect(2, 0), cmath.rect(-1, 0.5), cmath.rect(3, -0.0), cmath.polar(-1))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(0j), cmath.phase(-0.0 + 0j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isnan(1), cmath.isfinite(1e308j * 10))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.infj, 1e308j))
class C:
    def __complex__(self):
        return 3+4j
print(cmath.sqrt(C()), abs(C().__complex__()), cmath.polar(C()), cmath.exp(1), cmath.cos(0))
