# complex numbers meet the library: numbers, fractions, statistics, json, struct, pickle, copy, math
import numbers, json, struct, pickle, copy, math, statistics
from fractions import Fraction
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Number), isinstance(1j, numbers.Real),
      issubclass(complex, numbers.Complex), isinstance(1.5, numbers.Complex))
h = Fraction(1, 2)
print(h + 1j, 1j + h, h - 1j, 1j - h, h * 2j, 2j * h, h / 1j, 1j / h, h ** 1j, 1j ** h)
print(h == 0.5+0j, h == 0.5+1j, 0.5+0j == h, Fraction(3) == 3+0j)
for t in ["Fraction(1j)", "h // 1j", "h % 1j", "h < 1j", "Fraction(1, 2) ** 2 == 0.25+0j"]:
    try:
        print(t, eval(t))
    except TypeError as e:
        print(t, 'TypeError:', e)
try:
    json.dumps(1j)
except TypeError as e:
    print(e)
print(json.dumps([1, 2.5], default=str), json.dumps({'z': 1j}, default=lambda o: [o.real, o.imag]))
try:
    struct.pack('d', 1j)
except struct.error as e:
    print(e)
for proto in range(6):
    data = pickle.dumps([1+2j, -0.5j], proto)
    print(proto, data, pickle.loads(data))
print(copy.copy(1+2j), copy.deepcopy({'a': [1j]}), copy.copy(1j) == 1j)
for f in [math.sqrt, math.exp, math.fabs, math.isfinite]:
    try:
        f(1j)
    except TypeError as e:
        print(f.__name__, e)
try:
    statistics.mean([1j, 2j])
except TypeError as e:
    print(e)
print(math.prod([1j, 1j, 2]), math.fsum([1.5, 2]) if True else None)
import cmath
print(complex(Fraction(1, 3)), cmath.sqrt(Fraction(1, 4)), complex(Fraction(1, 2), Fraction(3, 4)))
z = 1 + 2j
print(copy.copy(z) is z, copy.deepcopy(z) is z, copy.deepcopy([z])[0] is z)
class Sub(complex):
    pass
s = Sub(3, 4)
print(copy.copy(s) is s, type(copy.copy(s)).__name__, copy.deepcopy(s), pickle.loads(pickle.dumps(s)).__class__.__name__)
