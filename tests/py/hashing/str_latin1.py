# str hashes of Latin-1 text (code points 128-255, one byte each in CPython) equal CPython's under PYTHONHASHSEED=0
for s in ['é', 'café', 'ÿ', '\x80', '\xa0', 'naïve', 'Ø', 'ß', 'àéîõü' * 3, 'a\xffb', 'façade', '¡hola!', '\xff' * 9]:
    print(repr(s), hash(s))
print(hash('é') == hash('e\u0301'), 'é' == 'e\u0301')
