# repr() vs str() of strings: quote choice, escaping of quotes, backslashes and control characters
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'back\\slash', '', ' ', 'é', '日本', '\U0001F600']:
    print(repr(s), str(s), len(repr(s)))
for s in ['tab\tnew\nline\rret', '\x00\x07\x1b\x7f', '\x08\x0c\x0b']:
    print(repr(s), len(s), len(repr(s)))
print(repr(repr('a')), str(repr("'")))
print(['a', "b'c", 'd"e', "f'g\"h"])
