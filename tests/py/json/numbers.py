# numbers: ints beyond the 4300-digit str limit refused as CPython refuses them (dumps and loads), many random floats written by repr and read back exactly, extreme floats and exponents
import json
big = 10 ** 5000
for f in (lambda: json.dumps(big), lambda: json.dumps([big], indent=1), lambda: json.loads('1' * 5000), lambda: json.dumps({big: 1})):
    try:
        r = f()
        print(len(r) if isinstance(r, str) else r)
    except ValueError as e:
        print("ValueError:", e)
print(json.loads('1' * 4300) % 7)
import random
random.seed(5)
vals = [random.random() * 10 ** random.randint(-30, 30) for _ in range(2000)]
s = json.dumps(vals)
print(len(s), json.loads(s) == vals, s[:80])
print(json.dumps([1e22, 1e21, 1e-5, 123456789012345680.0, 5e-324, 1.7976931348623157e308, 0.1]))
print(json.loads('[1e22, 1E-5, -0e0, 0.0e+10, 1.5E+300, 2e308, -2e308]'))
