# float() from strings: whitespace, signs, exponents, underscores, inf/nan spellings; bad strings raise ValueError
good = ['3.14', '  -2.5  ', '+1e3', '1E-3', '.5', '5.', '1_000.5', 'inf', '-Infinity', 'INF', 'nan', '-nan',
        '0', '-0.0', '1e308', '1e309', '2.5e-324', '0x10'.replace('0x', ''), '007.50', '\t9\n']
for s in good:
    print(repr(s).ljust(12), repr(float(s)))
for v in [3, -2, True, 10 ** 20]:
    print(repr(v), repr(float(v)))
bad = ['', ' ', 'abc', '1.2.3', '1e', 'e5', '1,5', '0x1p3', '1__0.0', '_1.0', '1.0_', 'in f', '--1']
for s in bad:
    try:
        float(s)
        print(repr(s), 'accepted?')
    except ValueError as e:
        print(repr(s).ljust(12), 'ValueError:', e)
