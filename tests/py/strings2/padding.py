# center, ljust, rjust (fill character, odd margins) and zfill (signs stay in front); widths below the length change nothing
for s in ['', 'a', 'ab', 'abc', 'é', '日本', '😀x']:
    for w in [-1, 0, 1, 2, 3, 4, 5, 6, 7, 10]:
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, '*')),
              repr(s.ljust(w, 'é')), repr(s.rjust(w, '本')), repr(s.center(w, '😀')))
for s in ['', '5', '-5', '+5', '42', '-42', '3.14', '-0.5', 'abc', '-', '+', '--1', '1-', 'é', '-é']:
    print(repr(s), [s.zfill(w) for w in (-1, 0, 1, 2, 3, 5, 8)])
table = [('apple', 3), ('kiwi', 12), ('banana', 100)]
for name, n in table:
    print('|' + name.ljust(8, '.') + str(n).rjust(5) + '|' + name.center(10, '-') + '|' + str(n).zfill(4))
print(repr('x'.center(True)), repr('ab'.center(3, 'ab'[1])), repr('7'.zfill(True)))
for call in (lambda: 'a'.ljust(2 ** 62), lambda: 'é'.center(2 ** 62, '日'), lambda: '1'.zfill(2 ** 62)):
    try:
        call()
    except MemoryError:
        print('MemoryError')
