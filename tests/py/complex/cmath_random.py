# cmath on seeded random arguments of every magnitude (random's sequence is CPython's), to the last digit
import cmath, random
random.seed(11)
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan',
         'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh', 'phase', 'polar']
zs = []
for i in range(50):
    parts = []
    for k in range(2):
        scale = 10.0 ** random.choice([random.randint(-320, 308), 0, 1, -1, 2])
        parts.append(random.choice([-1, 1]) * random.random() * scale)
    zs.append(complex(*parts))
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print(' '.join(repr(z) for z in zs))
