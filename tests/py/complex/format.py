# format() and f-strings with complex format specs (e, f, g, n, alignment, signs, grouping, z)
zs = [1+2j, -1.5-0.25j, 1j, -1j, 0j, complex(-0.0, 0.0), 1234567.891+0.5j, complex(float('inf'), float('nan')),
      1e-10+1e20j, 12345j]
specs = ['', '.3', '.2f', '.3e', 'E', '.4G', 'g', 'n', '>30', '<30', '^30', '*^30.2f', '+', ' ', '-',
         '+.1f', ',.2f', '_', '_.3f', ',', '#.3g', '#', '.0f', '.0', 'z.1f', '30.3e', '.10g', '#.0e']
for z in zs:
    print(repr(z))
    for spec in specs:
        print('   %-8r %r' % (spec, format(z, spec)))
x = 3.14159 - 2.71828j
print(f"{x:.2f} {x:>20.3e} {x!s:>22} {x!r:^24} {x:,}")
print('{0:.1f} {0.real} {0.imag:.2f}'.format(x))
print('%s|%r|%10s|%-12r|' % (x, x, 1j, 2j))
print(format(1j, ''), str(2j), (1j).__format__(''), (1+1j).__format__('.1f'))
