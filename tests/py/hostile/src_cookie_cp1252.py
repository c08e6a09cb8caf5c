#!/usr/bin/env python3
# vim: set fileencoding=cp1252 : a source in cp1252, declared on line 2 (PEP 263): the bytes 0x80-0x9f are not latin-1's
s = '€ … ‘quoted’ “double” ™ Šš Ÿ'
print(s, len(s), ascii(s))
print([hex(ord(c)) for c in '€Ÿ ÿ'])
