# isupper, islower, istitle: cased characters decide, uncased ones are ignored; title case letters (ǅ) count as title
cases = ['A', 'a', 'Aa', 'AA', 'aA', 'A A', 'A a', 'Aa Bb', 'Aa bb', 'AaBb', 'A1', '1A', 'a1', '1', '', ' ', 'ǅ', 'ǅa', 'ǅA',
         'aǅ', 'Ǆ', 'ǆ', 'ǅ ǅ', 'Σας', 'ΣΑΣ', 'σας', 'Ⅻ', 'ⅻ', 'Ⓐⓑ', 'ⓐⓑ', 'Ⓐ', 'ʰ', 'aʰ', 'Aʰ', 'ß', 'SS', 'ẞ', 'İ', 'ı',
         "They're", "They'Re", 'Hello, World!', 'Hello,world', '123 Abc', 'Abc123def', 'Abc123Def', 'ǈemalj', 'ǉ']
for s in cases:
    print(ascii(s), s.isupper(), s.islower(), s.istitle(), s.title().istitle() if s.title() else None)
