# Decimal arithmetic at the default precision (28 digits): a ledger of
# prices times quantities with tax, quantized to cents, summed and compared,
# plus str() of each line -- the add/mul/quantize/compare/str paths a money
# program takes. minipy's decimal is Python over GMP ints; CPython's is C
# (libmpdec). Prints checksums.
from decimal import Decimal, ROUND_HALF_UP


def ledger(n):
    cent = Decimal('0.01')
    rate = Decimal('0.0825')
    limit = Decimal('500')
    total = Decimal(0)
    big = 0
    chars = 0
    for i in range(n):
        price = Decimal(i % 997) / 7 + Decimal('0.99')
        qty = i % 13 + 1
        line = price * qty
        tax = (line * rate).quantize(cent, rounding=ROUND_HALF_UP)
        amount = line.quantize(cent) + tax
        total += amount
        if amount > limit:
            big += 1
        chars += len(str(amount))
    return total, big, chars


def compound(n):
    x = Decimal(1)
    r = Decimal('1.0001')
    for _ in range(n):
        x = x * r - Decimal('0.00001')
    return x


print(ledger(60000))
print(compound(60000))
