# lone surrogates through utf-8: refused by default, kept by surrogatepass, escaped bytes by surrogateescape
s = 'a\udc80b\ud800'
print(len(s), ascii(s), s.encode('utf-8', 'surrogatepass'), s.encode('utf-8', 'backslashreplace'),
      s.encode('utf-8', 'replace'), s.encode('utf-8', 'ignore'))
print(s.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass') == s,
      b'\xed\xb2\x80'.decode('utf-8', 'surrogatepass') == '\udc80')
print(ascii(b'x\xffy\xfe'.decode('utf-8', 'surrogateescape')),
      b'x\xffy\xfe'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
for f in [lambda: s.encode('ascii', 'surrogatepass'), lambda: s.encode('utf-8'), lambda: b'\xed\xa0\x80'.decode('utf-8'),
          lambda: b'\xff'.decode('utf-8', 'surrogatepass'), lambda: 'é'.encode('latin-1', 'surrogatepass'),
          lambda: b'\xed\xa0'.decode('utf-8', 'surrogatepass'), lambda: '\ud800'.encode('latin-1', 'surrogatepass'),
          lambda: 'x\udc80'.encode('utf-8', 'surrogateescape')]:
    try:
        print(ascii(f()))
    except UnicodeError as e:
        print(type(e).__name__, e)
