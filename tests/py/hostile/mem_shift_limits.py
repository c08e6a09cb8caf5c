# shifts and powers too big to compute: MemoryError when the result could be counted but not made, OverflowError "too many digits in integer" past CPython's digit limit; the boundaries, and small shifts still work
def attempt(label, thunk):
    try:
        r = thunk()
        print(label, '->', r if r.bit_length() < 80 else f'{r.bit_length()} bits')
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, '->', type(e).__name__, str(e))

MAX_DIGITS = (2**63 - 1 - 24) // 4
attempt('1 << 2**62', lambda: 1 << 2**62)
attempt('1 << 2**63', lambda: 1 << 2**63)
attempt('1 << 10**20', lambda: 1 << 10**20)
attempt('-1 << 2**70', lambda: -1 << 2**70)
attempt('5 << 30*(MAX_DIGITS-1)', lambda: 5 << 30 * (MAX_DIGITS - 1))
attempt('5 << 30*MAX_DIGITS', lambda: 5 << 30 * MAX_DIGITS)
attempt('5 << 30*MAX_DIGITS - 1', lambda: 5 << (30 * MAX_DIGITS - 1))
attempt('2**100 << 30*(MAX_DIGITS-5)', lambda: 2**100 << 30 * (MAX_DIGITS - 5))
attempt('2**100 << 30*(MAX_DIGITS-3)', lambda: 2**100 << 30 * (MAX_DIGITS - 3))
attempt('1 << 2**127', lambda: 1 << 2**127)
attempt('1 << 2**200', lambda: 1 << 2**200)
attempt('0 << 2**200', lambda: 0 << 2**200)
attempt('1 << -1', lambda: 1 << -1)
attempt('1 >> 2**200', lambda: 1 >> 2**200)
attempt('-1 >> 2**200', lambda: -1 >> 2**200)
attempt('3 << 100', lambda: 3 << 100)
attempt('(2**1000 >> 990)', lambda: 2**1000 >> 990)
attempt('bin(1 << 2**40)', lambda: len(bin(1 << 2**40)))
attempt('(1 << 2**40) + 1', lambda: (1 << 2**40) + 1)
attempt('(-1) ** 2**200', lambda: (-1) ** 2**200)
attempt('1 ** 2**200', lambda: 1 ** 2**200)
attempt('0 ** 2**200', lambda: 0 ** 2**200)
