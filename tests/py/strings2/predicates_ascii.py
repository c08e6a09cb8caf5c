# the is* predicates on ASCII strings, including the empty string, and on every ASCII character
names = ['isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isupper', 'islower',
         'istitle', 'isidentifier', 'isprintable', 'isascii']
cases = ['', 'abc', 'ABC', 'Abc', 'aBC', 'abc123', '123', '12.5', '-1', ' ', ' \t\n', 'a b', 'A B', 'Hello World',
         'Hello world', 'HELLO WORLD', '_', '_x1', '1x', 'x-y', 'if', 'None', '\x7f', '~!@', 'ABC1', 'abc!', 'A1B', '1A']
for s in cases:
    print(repr(s).ljust(16), ' '.join(str(int(getattr(s, n)())) for n in names))
for n in names:
    print(n, ascii(''.join(chr(i) for i in range(128) if getattr(chr(i), n)())))
