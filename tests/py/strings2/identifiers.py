# isidentifier (XID_Start then XID_Continue, as the lexer) and isprintable (repr escapes exactly the non-printable)
cases = ['a', '_', '_1', '1a', 'a1', 'a b', 'a-b', 'if', 'None', 'café', 'été', 'Δ', 'Δx', 'x²', '²', 'ª', '℘', '℮',
         '日本語', 'a\u0301', '\u0301a', 'a\u200d', '٣', 'x٣', '𝔘𝔫𝔦', '·', 'a·', 'ﬁ', '$', 'a$', '', 'ⅻ', 'ǅ', '〇']
for s in cases:
    print(ascii(s), s.isidentifier(), s.isprintable())
for s in ['abc', '', 'a\nb', 'tab\t', '\x7f', '\xa0', '\xad', 'é', '\u200b', '\u2028', '\ue000', '😀', '\U000e0020', '\u0378', ' ']:
    print(ascii(s), s.isprintable(), repr(s) == "'" + s + "'")
count = sum(1 for cp in range(0x2000) if chr(cp).isprintable())
print(count, sum(1 for cp in range(0x2000) if chr(cp).isidentifier()), sum(1 for cp in range(0x2000) if ('a' + chr(cp)).isidentifier()))
