# full Unicode case mapping as CPython: one character may become several ('ß'.upper() == 'SS'), title case letters, dotted I
cases = ['ß', 'straße', 'ŉ', 'ǅ', 'Ǆ', 'ǆ', 'ﬃ', 'ﬁnance', 'İstanbul', 'ı', 'ΐ', 'ΰ', 'ᾳ', 'ᾼ', 'ᾀ', 'ǰ', 'ẞ', 'µ',
         'ÿ', 'Ÿ', 'ǈ', 'ǉ', 'ǋ', 'ﬀ', 'ﬅ', 'և', 'ﬓ', 'ꭰ', 'Ꭰ', 'ǲ', 'ϐ', 'ϑ', 'ϕ', 'ẛ', 'K', 'Å', 'Ω',
         'ⓐ', 'Ⓐ', 'ꞵ', '𐐨', '𐐀', '𞤢', 'ᏸ', 'ǅungla', 'éCOLE', 'Ünïcödé', 'привет МИР', 'ΑΒΓ αβγ', 'ﬃ ﬃ']
for s in cases:
    print(s, s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize(), len(s.upper()), len(s.lower()))
print('ß'.upper() == 'SS', 'ß'.casefold() == 'ss', 'ẞ'.lower(), 'ẞ'.casefold())
print('İ'.lower(), len('İ'.lower()), [hex(ord(c)) for c in 'İ'.lower()])
print('Straße'.casefold() == 'STRASSE'.casefold(), 'Straße'.lower() == 'strasse')
print([c.upper() for c in 'ǆǅǄ'], [c.title() for c in 'ǆǅǄ'], [c.lower() for c in 'ǆǅǄ'])
