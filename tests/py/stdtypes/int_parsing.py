# int() from strings: whitespace, signs, underscores, bases 2..36 and base 0 with prefixes; from floats and bools; errors worded as CPython
good = [('42',), ('  -17  ',), ('+8',), ('1_000_000',), ('0010',), ('ff', 16), ('FF', 16), ('0xff', 16),
        ('0x1F', 0), ('0o17', 0), ('0b101', 0), ('101', 2), ('z', 36), ('Zz', 36), ('777', 8),
        ('-0b11', 0), (' 12\n',), ('0', 0), ('1_0', 0), ('-0',)]
for args in good:
    print(repr(args).ljust(14), int(*args))
for value in [3.99, -3.99, 1e15, True, False, -0.0]:
    print(repr(value), int(value))
bad = [('',), (' ',), ('3.0',), ('1e3',), ('12abc',), ('0x10',), ('010', 0), ('9', 8), ('1__0',),
       ('_5',), ('5_',), ('- 5',), ('++5',), ('0b2', 0), ('g', 16)]
for args in bad:
    try:
        int(*args)
        print(args, 'accepted?')
    except ValueError as e:
        print(repr(args).ljust(14), 'ValueError:', e)
