# str.format errors, each with CPython's exception type and message: bad braces, numbering switches, missing fields, bad conversions
class Obj:
    attr = 'ok'
cases = [
    ('{', ()), ('}', ()), ('x{', ()), ('x}y', ()), ('{}}', (1,)), ('{0}}', (1,)), ('{{}', ()),
    ('{0}{}', (1, 2)), ('{}{0}', (1, 2)), ('{:{}}{0}', (1, 2)), ('{0:{}}', (1, 2)),
    ('{2}', (1,)), ('{}', ()), ('{} {} {}', (1, 2)), ('{:{}}', (1,)), ('{0[5]}', ([1],)), ('{0[x]}', ({},)),
    ('{a}', ()), ('{a}', (1,)), ('{0.nope}', (1,)), ('{0.attr.nope}', (Obj(),)), ('{0.}', (1,)), ('{0..x}', (1,)),
    ('{0[]}', ({},)), ('{0[a]x}', ({'a': 1},)), ('{0[}', (1,)), ('{[}', (1,)), ('{0.a[}', (1,)), ('{0{}}', (1,)),
    ('{!x}', (1,)), ('{0!}', (1,)), ('{0!r', (1,)), ('{0!rx}', (1,)), ('{0!:}', (1,)), ('{0!é}', (1,)), ('{0!\x01}', (1,)),
    ('{!}', (1,)), ('{0:', (1,)), ('{:{', (1,)), ('{:{:{}}}', (1, 2, 3)), ('{0:x}', ('s',)), ('{0:d}', (1.5,)),
    ('{99999999999999999999}', (1,)), ('{0[99999999999999999999]}', ([1],)), ('{0]}', (1,)), ('{:s}', (1,)),
    ('{0:>{1}}', ('x', 'y')), ('{0:{1}}', (1, 'q')), ('{!r}', ()), ('{0:,d}', ('s',)), ('{:=}', ('s',)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), 'ok', repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
for fmt in ['{}', '{0}', '{a}', '{a[0]}', '{', '{a.b}', '{b}']:
    try:
        print(repr(fmt), 'ok', repr(fmt.format_map({'a': [7]})))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
