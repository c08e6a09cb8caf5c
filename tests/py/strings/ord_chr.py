# ord and chr round-trip across ASCII, Latin-1, the BMP and astral planes
for c in ['a', 'A', '0', ' ', '\n', '~', 'é', '€', '中', '😀']:
    print(repr(c), ord(c), chr(ord(c)) == c)
print(chr(65), chr(97), chr(0x20ac), chr(128512), repr(chr(0)), chr(1114111) == '\U0010ffff')
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
