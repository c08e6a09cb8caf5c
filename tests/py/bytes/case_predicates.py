# ASCII-only case mapping and the is* predicates of bytes and bytearray
for s in [b'Hello World', b'hello world', b'HELLO', b'\xe9t\xe9', b'a1b2', b'123', b'', b' \t\n',
          b'Title Case Here', b"they're bill's", b'MiXeD 9 cAsE']:
    print(s, s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
    print('  ', s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isascii())
print(bytearray(b'mixed').upper(), type(bytearray(b'a').title()).__name__)
for bad in [lambda: b'a'.upper(1), lambda: b'a'.upper(x=1), lambda: b'a'.isdigit(1),
            lambda: bytearray(b'a').lower(1), lambda: b'a'.title(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
