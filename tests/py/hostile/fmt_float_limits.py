# absurd float format precisions and widths: CPython's errors ("precision too big", "Too many decimal digits in format string", "width too big") and huge precisions that cost only their output
def attempt(label, thunk):
    try:
        r = thunk()
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, len(r), r[:30], r[-30:])


x = 0.1
attempt('g big', lambda: format(x, '.2147483647'))
attempt('g2 big', lambda: format(1e300, '.2147483647g'))
attempt('g too big', lambda: format(x, '.2147483648'))
attempt('f too big', lambda: format(x, '.2147483648f'))
attempt('digits', lambda: format(x, '.99999999999999999999'))
attempt('width digits', lambda: format(x, '99999999999999999999'))
attempt('both', lambda: format(x, '99999999999999999999.99999999999999999999f'))
attempt('no precision', lambda: format(x, '.f'))
attempt('fstring', lambda: f'{x:.2147483648}')
attempt('str.format', lambda: '{:.2147483648e}'.format(x))
attempt('% big', lambda: '%.2147483648f' % x)
attempt('% digits', lambda: '%.99999999999999999999f' % x)
attempt('% width', lambda: '%99999999999999999999f' % x)
attempt('% star', lambda: '%.*f' % (2147483648, x))
attempt('% star g', lambda: '%.*g' % (2147483647, x))
attempt('% star neg', lambda: '%.*f' % (-5, x))
attempt('f 1e5', lambda: format(x, '.100000f'))
attempt('e 1e5', lambda: format(5e-324, '.100000e'))
attempt('% 1e5', lambda: '%.100000f' % 1e300)
attempt('#g 1e5', lambda: format(x, '#.100000g'))
attempt('int e', lambda: format(2 ** 1000, '.400e'))
attempt('int f', lambda: format(10 ** 300, ',.300f'))
attempt('int big', lambda: format(2 ** 10000, '.4f'))
