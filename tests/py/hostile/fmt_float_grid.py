# format(float) for a grid of values x every presentation type, with and without '#', at precisions up to 1100 (exact digits, ties to even, no cut at 39 digits)
vals = [0.0, -0.0, 1e-320, 5e-324, 2.2250738585072014e-308, 1.5, -2.5, 0.1, 0.5, 9.5,
        999999.5, 9.9995, 2.675, 0.125, 1e-5, 0.0001, 123.456, 123456789.123, 1e16, 1e22,
        2.0 ** 53, 1e100, 1e300, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan')]
precs = ['', '.0', '.1', '.5', '.17', '.39', '.40', '.60', '.70', '.100', '.330', '.1000', '.1100']


def digest(s):
    h = 0
    for c in s:
        h = (h * 31 + ord(c)) % 1000000007
    return h


def show(s):
    # long results: both ends, the length and a checksum of the whole
    if len(s) <= 40:
        return s
    return '%s~%s/%d/%d' % (s[:15], s[-15:], len(s), digest(s))


for v in vals:
    for t in ['', 'g', 'G', 'e', 'E', 'f', 'F', '%', 'n']:
        for alt in ['', '#']:
            print(repr(v), repr(alt + t))
            print(' ', ' '.join(show(format(v, alt + p + t)) for p in precs))
