# str hashes of text with BMP code points (two bytes each in CPython) equal CPython's under PYTHONHASHSEED=0
for s in ['€', 'Ā', '日本語', 'Привет', 'ελληνικά', 'a€', '€a', 'café€', '\u0100', '\uffff', '\ufffd', 'ĀāĂăĄą',
          '한국어', 'x' * 7 + '€', 'שלום', '\u2028']:
    print(repr(s), hash(s))
