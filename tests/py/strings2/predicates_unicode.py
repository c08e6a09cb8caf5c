# the is* predicates on Unicode: other scripts' digits, numerics (fractions, Roman numerals, CJK), Unicode spaces, letters
names = ['isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isupper', 'islower',
         'istitle', 'isidentifier', 'isprintable', 'isascii']
cases = ['é', 'É', 'ß', 'ǅ', '٣', '١٢٣', '०१२', '²', '³', '½', 'Ⅻ', 'ⅻ', '四', '〇', '𝟘', '①', '⑴', '\u00a0', '\u2003',
         '\u3000', '\u200b', '\u2028', '\x85', '\ufeff', 'ª', 'º', 'ʰ', 'ᵃ', 'µ', 'Ω', 'Ⓐ', 'ⓐ', '本', '😀', '\u0301',
         'é', 'ﬃ', 'ǈ', 'Ǉ', 'ǉ', 'ᾈ', 'Σ', 'ς', '𐐀', '𐐨', 'ℌ', 'ℍ', 'ⅰ', '\u0378', '\ue000', '\U000e0001',
         'привет', 'ПРИВЕТ', 'Привет Мир', '日本語', 'naïve', 'Ünter', 'x²', 'ab½', '٣x', 'ǅungla', 'ǅUngla']
for s in cases:
    print(ascii(s).ljust(18), ' '.join(str(int(getattr(s, n)())) for n in names))
ranges = [(0x80, 0x250), (0x370, 0x400), (0x660, 0x670), (0x2150, 0x2190), (0x2460, 0x24f0), (0x3000, 0x3010), (0xff10, 0xff5b)]
for lo, hi in ranges:
    for n in names:
        print(hex(lo), n, sum(1 for cp in range(lo, hi) if getattr(chr(cp), n)()))
