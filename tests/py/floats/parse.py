# float() from strings: signs, blanks, exponents, inf/infinity/nan in any case, underscores, and from ints and bools
for s in ['1.5', ' 1.5 ', '-2', '+3.25', '1e3', '1E-3', '.5', '5.', '1_000.5', 'inf', '-inf', 'Infinity',
          '-infinity', 'INF', '+inF', '  -iNfInItY  ', '0', '-0', '1e400', '-1e400', '1e-400', '\t7\n']:
    print(repr(s), float(s))
n = float('nan')
print(n, float('-nan'), float('NaN'), n != n, n == n, n < 1, n > 1)
print(float(3), float(-3), float(True), float(), float(2 ** 70), float(-0.0))
