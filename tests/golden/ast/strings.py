# string and bytes literals: quotes, prefixes, escapes, concatenation
'single'
"double"
'''triple
quoted'''
"""also
triple"""
'it\'s' "say \"hi\""
'\n\t\r\\\a\b\f\v\0'
'\x41\101\u00e9\U0001F600'
'\d unknown escape kept'
r'raw \n stays'
R"raw"
b'bytes\x00\xff'
rb'raw bytes \n'
BR"x"
u'unicode prefix'
'implicit' ' concatenation' " of parts"
b'a' b'b'
'line \
continued'
'caf\u00e9 \u2603 \U0001f600'
'\ud800'
''
b''
"quote ' inside"
'both \' and "'
