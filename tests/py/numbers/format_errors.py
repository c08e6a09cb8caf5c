# format-spec error messages, as CPython words them
cases = [(5, 'z'), (5, 'zd'), ('a', 'z'), (5, 'xx'), (5, '5xx'), (5.0, 'abc'), ('a', 'abc'), (5, ',x'),
         (5, ',n'), (5, '_n'), (5, ',_'), (5, '_,'), (5, ',,'), (5, '.'), (5, '.2'), (5, '.2d'), (5, '.2x'),
         ('a', '=5'), ('a', '+'), ('a', '-'), ('a', ' '), ('a', '#'), ('a', ',s'), ('a', '_'), ('a', 'd'),
         (5, 's'), (5.0, 'd'), (5.0, 'x'), (5.0, 'c'), (5.0, 'b'), (True, 's'), (-5, 'c'), (1114112, 'c'),
         (65, '+c'), (65, '#c'), (65, ',c'), (5, '99999999999999999999'), (5, '.99999999999999999999f'),
         (5.0, '.5s'), ('a', 'f'), (5, 'y'), (5, '\x01'), (5.0, ',x'), ('a', '.'), (1.5, '=^'), (5, '#,c'),
         (10 ** 400, 'f'), (10 ** 400, 'e'), (None, 'd'), ([], '5'), (5, 'Z')]
for v, s in cases:
    try:
        print(repr(v)[:20], repr(s), '->', repr(format(v, s)))
    except Exception as e:
        print(repr(v)[:20], repr(s), type(e).__name__ + ':', e)
for f in [lambda: format(5, 5), lambda: (5).__format__(5), lambda: (5.0).__format__(None), lambda: format(5, 'd', 1),
          lambda: 'abc'.__format__(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
