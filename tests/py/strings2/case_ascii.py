# upper, lower, casefold, swapcase, title, capitalize on ASCII text: words, digits, punctuation, apostrophes
cases = ['', 'hello', 'HELLO', 'Hello World', 'hELLO wORLD', 'hello_world', 'x1y2z3', '1abc', 'abc1def',
         "they're bill's friends", 'o\'neil', 'MiXeD CaSe 123', '  spaced  out  ', 'a-b_c.d', 'ALL.CAPS!', 'a', 'A', '?']
for s in cases:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()))
all_ascii = ''.join(chr(i) for i in range(128))
print(ascii(all_ascii.upper()))
print(ascii(all_ascii.lower()))
print(ascii(all_ascii.title()))
print(ascii(all_ascii.swapcase()))
print(ascii(all_ascii.capitalize()))
print('Title Case Words'.istitle(), 'Title Case Words'.swapcase().swapcase() == 'Title Case Words')
