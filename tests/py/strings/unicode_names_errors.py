# "\N{...}" that names nothing, or is malformed: CPython's SyntaxError, with
# its positions (a non-ASCII character before it counts as ten bytes)
cases = [r"'\N{NOSUCH THING}'", r"'\N'", r"'\N{}'", r"'\N{BULLET'", "'é\\N{nosuch}'",
         r"'\N{LATIN  SMALL LETTER A}'", r"'\N{ BULLET}'", r"'\N{BULLET }'",
         r"'\N{CJK UNIFIED IDEOGRAPH-FFFF}'", r"'\N{CJK UNIFIED IDEOGRAPH-4E0}'",
         r"'\N{HANGUL SYLLABLE XYZ}'", "'\\N{" + 'A' * 300 + "}'", r"'\N{CJK UNIFIED IDEOGRAPH-4e00}'",
         r"'\N{hangul syllable gag}'", r"'\N{TANGUT IDEOGRAPH-17000}'", r"'\N{CJK UNIFIED IDEOGRAPH-31350}'"]
for src in cases:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
print(ascii('\N{CJK UNIFIED IDEOGRAPH-4E00}'), ascii('\N{HANGUL SYLLABLE GAG}'), ascii('\N{nbsp}'))
