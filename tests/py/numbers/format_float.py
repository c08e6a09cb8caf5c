# format specs for floats: the none type (repr-like with precision), e/f/g/%/n, grouping, z, #
specs = ['', '.0', '.1', '.2', '.3', '.10', '10', '<10', '^10', '=+10', '010', '+', ' ', 'z', 'z.1f', 'z.0e',
         'e', 'E', '.0e', '#.0e', '.3e', 'f', 'F', '.0f', '#.0f', '.2f', '.10f', 'g', 'G', '.0g', '.1g', '.3g',
         '#g', '#.3g', '.10g', '%', '.0%', '.2%', 'n', ',', '_', ',.2f', '_.3f', '015,.2f', ',g', ',e', '#',
         '>+12.3e', '*^14.4g', '0=12,.1f', '.1', '#.1']
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1234567.891, -0.000123456, 1e16, 1.5e300, 5e-324,
        1e22, 12345678.9, 0.5, 9.999999, float('inf'), float('-inf'), float('nan')]
for s in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(s), row)
print(f'{1e300:,f}'[:40], f'{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f}')
print(f'{-0.0001:z.2f} {-0.0:z} {-0.0:z.0f} {-1e-10:z.3e} {-0.5:z.0f} {float("-nan"):z}')
print(f'{0.1:.30f}', f'{1/3:.20e}', f'{2**0.5:.17g}', f'{1e-7:.3}', f'{123456789.0:.3}', f'{100.0:.3}')
print(format(1.5, ''), format(1e16, ''), str(1e16), format(float('inf'), '010'), format(float('nan'), '+010,'))
