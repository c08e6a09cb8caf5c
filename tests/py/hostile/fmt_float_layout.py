# float formatting around the digits: sign, z, widths, fill and alignment, grouping, zero padding; the same digits through %, f-strings and str.format
vals = [0.0, -0.0, 5e-324, 1.5, -2.5, 999999.5, 0.005, -1e-7, 1234567.891, 1e300,
        float('inf'), float('-nan')]


def digest(s):
    h = 0
    for c in s:
        h = (h * 31 + ord(c)) % 1000000007
    return h


def show(s):
    if len(s) <= 40:
        return s
    return '%s~%s/%d/%d' % (s[:15], s[-15:], len(s), digest(s))


def fmt(v, spec):
    try:
        return show(format(v, spec))
    except ValueError as e:
        return 'ValueError: %s' % e


for v in vals:
    for t in ['', 'g', 'e', 'f', '%', 'n', 'G']:
        for flags in ['+', 'z', '0=15', '*^15', '_>20', '015,', '#015,', '+z030_']:
            print(repr(v), repr(flags + t), ' | '.join(fmt(v, flags + p + t) for p in ['', '.0', '.3', '.25', '.400']))
    for c in 'eEfFgG':
        for fl in ['', '#', ' ', '-12', '#012', '+#20']:
            print(repr(v), repr('%' + fl + c), ' | '.join(show(('%' + fl + p + c) % v)
                                                        for p in ['', '.0', '.5', '.17', '.60', '.350']))
    print(show('%.*f|%*.*e|%-*g|' % (70, v, 80, 60, v, 30, v)))
    print(show(f'{v:.70}|{v:#.{60}g}|{v:>{90}.{70}f}|{v!r:>30}'))
    print(show('{0:.70}|{0:{1}.{2}e}|{x:#.65%}'.format(v, 100, 75, x=v)))
