# what a learner types: the quick tour of the decimal documentation -- 0.1 + 0.2, money with quantize, series for pi and e at a chosen precision, Newton's square root, a loan schedule, sorting prices
from decimal import *

print(0.1 + 0.2, Decimal('0.1') + Decimal('0.2'), Decimal(0.1) + Decimal(0.2), Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
getcontext().prec = 6
print(Decimal(1) / Decimal(7))
getcontext().prec = 28
print(Decimal(1) / Decimal(7))
print(Decimal(10), Decimal('3.14'), Decimal(3.14), Decimal((0, (3, 1, 4), -2)), Decimal(str(2.0 ** 0.5)), Decimal(2) ** Decimal('0.5'), Decimal('NaN'), Decimal('-Infinity'))
data = list(map(Decimal, '1.34 1.87 3.45 2.35 1.00 0.03 9.25'.split()))
print(max(data), min(data), sorted(data), sum(data))
a, b, c = data[:3]
print(str(a), float(a), round(a, 1), int(a), a * 5, a * b, c % a)
print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal('10').ln(), Decimal('10').log10())
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN), Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP))

def moneyfmt(value, places=2, curr='', sep=',', dp='.', pos='', neg='-', trailneg=''):
    q = Decimal(10) ** -places
    sign, digits, exp = value.quantize(q).as_tuple()
    result = []
    digits = list(map(str, digits))
    build, next = result.append, digits.pop
    if sign:
        build(trailneg)
    for i in range(places):
        build(next() if digits else '0')
    if places:
        build(dp)
    if not digits:
        build('0')
    i = 0
    while digits:
        build(next())
        i += 1
        if i == 3 and digits:
            i = 0
            build(sep)
    build(curr)
    build(neg if sign else pos)
    return ''.join(reversed(result))

d = Decimal('-1234567.8901')
print(moneyfmt(d, curr='$'), moneyfmt(d, places=0, sep='.', dp='', neg='', trailneg='-'),
      moneyfmt(Decimal(123456789), sep=' '), moneyfmt(Decimal('-0.02'), neg='<', trailneg='>'))

def pi():
    getcontext().prec += 2
    three = Decimal(3)
    lasts, t, s, n, na, d, da = 0, three, 3, 1, 0, 0, 24
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    getcontext().prec -= 2
    return +s

def exp(x):
    getcontext().prec += 2
    i, lasts, s, fact, num = 0, 0, 1, 1, 1
    while s != lasts:
        lasts = s
        i += 1
        fact *= i
        num *= x
        s += num / fact
    getcontext().prec -= 2
    return +s

def cos(x):
    getcontext().prec += 2
    i, lasts, s, fact, num, sign = 0, 0, 1, 1, 1, 1
    while s != lasts:
        lasts = s
        i += 2
        fact *= i * (i - 1)
        num *= x * x
        sign *= -1
        s += num / fact * sign
    getcontext().prec -= 2
    return +s

for p in [10, 28, 60]:
    with localcontext(prec=p):
        print(p, pi(), exp(Decimal(1)), exp(Decimal(1)) == Decimal(1).exp(), cos(Decimal('0.5')))

def newton_sqrt(x):
    guess = x / 2
    while True:
        better = (guess + x / guess) / 2
        if better == guess:
            return guess
        guess = better
print(newton_sqrt(Decimal(2)), newton_sqrt(Decimal(2)) == Decimal(2).sqrt(), newton_sqrt(Decimal('1E+10')))

principal, rate, months = Decimal('25000'), Decimal('0.045') / 12, 36
payment = (principal * rate / (1 - (1 + rate) ** -months)).quantize(Decimal('0.01'))
balance = principal
for m in range(1, months + 1):
    interest = (balance * rate).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
    balance = balance + interest - payment
    if m % 6 == 0:
        print(m, interest, balance)
print(payment, f'{payment:>12,}', f'{balance:+.2f}')
prices = {'apple': Decimal('0.50'), 'pear': Decimal('0.75'), 'fig': Decimal('2.10')}
cart = [('apple', 3), ('fig', 2), ('pear', 5)]
total = sum(prices[n] * q for n, q in cart)
print(total, total * Decimal('1.2'), (total * Decimal('1.2')).quantize(Decimal('0.01')), f'{total:.2f}', '%s' % total)
for name, q in sorted(cart, key=lambda c: prices[c[0]] * c[1], reverse=True):
    print(f'{name:<6}{q:>3} x {prices[name]:>5} = {prices[name] * q:>6}')
