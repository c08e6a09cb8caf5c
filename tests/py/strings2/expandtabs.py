# expandtabs: columns counted in characters, restarting after \n and \r; tabsize 0 or negative removes tabs
cases = ['a\tb', '\t', 'ab\tc\td', 'abcdefgh\ti', 'a\tb\nc\td', 'x\r\ty', 'é\tx', '日本\t語', '\t\t', 'no tabs', '', 'a\t\tb\t']
for s in cases:
    print(ascii(s), [ascii(s.expandtabs(n)) for n in (-1, 0, 1, 2, 4)], ascii(s.expandtabs()), ascii(s.expandtabs(tabsize=3)))
for row in [['name', 'qty', 'price'], ['apple', '3', '1.25'], ['watermelon', '1', '3.5']]:
    print(repr('\t'.join(row).expandtabs(8)))
print(repr('a\tb'.expandtabs(True)))
