# format specs for ints: fill/align, sign, #, 0, width, grouping, and every presentation type
specs = ['', 'd', '5', '<5', '>5', '^5', '=5', '*^7', '+', '-', ' ', '+5', ' 5', '05', '08', '<05', 'x<05', '0=8',
         ',', '_', '10,', '010,', '08,', '09,', '_b', '#_b', '#b', 'b', 'o', '#o', 'x', '#x', 'X', '#X', '#010x',
         '=#08x', '_x', '#_X', 'n', 'c', '>4c', 'e', 'E', '.2e', 'f', '.1f', ',.2f', 'F', 'g', 'G', '.3g', '%',
         '.0%', '+.1e', '#', '+#x', ' #o', '0', '013_d', '+013,', '\u00e9>6', '€^9,']
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 64, -(2 ** 70), True]
for s in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(s), row)
n = 1234567
print(f'{n:,} {n:_} {n:>15,} {n:*<15_} {-n:015,} {n:#_x} {n:#_o} {n:e} {n:.3%}')
print(f'{65:c}{0x1F600:c}{97:3c}|{97:<3c}|{10 ** 20:,}|{-(10 ** 20):_}|{2 ** 100:#x}')
width, fill = 12, '.'
print(f'{n:{fill}>{width},}', f'{n:{width}}', f'{n!r:>10}', format(n), format(-0), format(5, '+'))
