# sizes no memory can meet fail at once, with CPython's error: repeats, padding, format widths, length hints (list(range(2**62))), index-sized overflows
def attempt(label, thunk):
    try:
        r = thunk()
        print(label, '->', type(r).__name__, len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, '->', type(e).__name__, str(e))

attempt("[0] * 2**62", lambda: [0] * 2**62)
attempt("[None] * 2**45", lambda: [None] * 2**45)
attempt("[1, 2] * 2**61", lambda: [1, 2] * 2**61)
attempt("(1,) * 2**62", lambda: (1,) * 2**62)
attempt("'a' * 2**62", lambda: 'a' * 2**62)
attempt("' ' * 2**48", lambda: ' ' * 2**48)
attempt("'abc' * 2**62", lambda: 'abc' * 2**62)
attempt("'x' * 2**63", lambda: 'x' * 2**63)
attempt("[0] * 2**63", lambda: [0] * 2**63)
attempt("'a' * -1", lambda: 'a' * -1)
x = [7]
try:
    x *= 2**62
except MemoryError as e:
    print('x *= 2**62 ->', type(e).__name__, x)
s = 'ab'
try:
    s *= 2**61
except MemoryError as e:
    print('s *= 2**61 ->', type(e).__name__, s)
try:
    s *= 2**62
except OverflowError as e:
    print('s *= 2**62 ->', type(e).__name__, e, s)

attempt("'x'.ljust(2**48)", lambda: 'x'.ljust(2**48))
attempt("'x'.rjust(2**62)", lambda: 'x'.rjust(2**62))
attempt("'x'.rjust(2**63)", lambda: 'x'.rjust(2**63))
attempt("'x'.center(2**48)", lambda: 'x'.center(2**48))
attempt("'x'.zfill(2**48)", lambda: 'x'.zfill(2**48))
attempt("'ab'.replace('', 'x' * 2**47)", lambda: 'ab'.replace('', 'x' * 2**47))
attempt("'a'.expandtabs(2**62)", lambda: 'a'.expandtabs(2**62))

big = 2**48
attempt("format(1, '281474976710656')", lambda: format(1, str(big)))
attempt("format(1.5, '281474976710656')", lambda: format(1.5, str(big)))
attempt("format('x', '281474976710656')", lambda: format('x', str(big)))
attempt("'{:>281474976710656}'.format('x')", lambda: ('{:>%d}' % big).format('x'))
attempt("f'{1:{2**48}}'", lambda: f'{1:{big}}')
attempt("'%*d' % (2**48, 1)", lambda: '%*d' % (big, 1))
attempt("'%0*d' % (2**48, 1)", lambda: '%0*d' % (big, 1))
attempt("'%*s' % (2**48, 'x')", lambda: '%*s' % (big, 'x'))
attempt("'%.*f' % (2**48, 1.0)", lambda: '%.*f' % (big, 1.0))

attempt("list(range(2**62))", lambda: list(range(2**62)))
attempt("tuple(range(2**62))", lambda: tuple(range(2**62)))
attempt("[*range(2**62)]", lambda: [*range(2**62)])
attempt("sorted(range(2**62))", lambda: sorted(range(2**62)))
attempt("list(iter(range(2**62)))", lambda: list(iter(range(2**62))))
attempt("list(reversed(range(2**62)))", lambda: list(reversed(range(2**62))))
attempt("list(range(2**64))", lambda: list(range(2**64)))
attempt("list(iter(range(2**64)))", lambda: list(iter(range(2**64))))
y = [1, 2]
try:
    y.extend(range(2**62))
except MemoryError as e:
    print('y.extend(range(2**62)) ->', type(e).__name__, y)
print(iter(range(5)).__length_hint__(), iter(range(2**70)).__length_hint__() == 2**70)
