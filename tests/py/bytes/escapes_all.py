# every escape a bytes literal has, byte by byte, and the same text as str literals encode to
table = [(b'\\', 92), (b'\'', 39), (b'\"', 34), (b'\a', 7), (b'\b', 8), (b'\f', 12), (b'\n', 10),
         (b'\r', 13), (b'\t', 9), (b'\v', 11), (b'\0', 0), (b'\7', 7), (b'\77', 63), (b'\377', 255),
         (b'\x00', 0), (b'\xAa', 170), (b'\xfF', 255)]
for lit, value in table:
    print(lit, lit[0], lit[0] == value, len(lit))
print(b'\q', b'\d\w', b'\8\9', len(b'\q'), b'a\
b')
print(rb'\n', Rb'\x00', bR'\'', BR'\\', br'\N{x}', len(rb'\t'), list(rb'\0'))
print(b'\1234', b'x' b'y' B'z')
print('\a\b\f\n\r\t\v\0\x7f'.encode() == b'\a\b\f\n\r\t\v\0\x7f', '\u00e9'.encode(), '\u20ac'.encode())
print(bytes(range(32)))
print(bytes(range(120, 136)))
print(bytes(range(240, 256)))
