# str hashes of text with astral code points (four bytes each in CPython) equal CPython's under PYTHONHASHSEED=0
for s in ['😀', 'a😀', '😀a', '𝄞', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '€😀', 'é😀', '\U0010ffff', '\U00010000', 'abc😀def', '🎉' * 5,
          'mixed é € 😀']:
    print(repr(s), len(s), hash(s))
d = {'😀': 'smile', '€': 'euro', 'é': 'e'}
print(d['\U0001F600'], d['\u20ac'], d['\xe9'])
