# the Unicode errors' messages and attributes, as CPython's codecs give them
cases = [(b'\xff', 'utf-8'), (b'ab\x80cd', 'ascii'), (b'\xc3', 'utf-8'), (b'\xc3(', 'utf-8'),
         (b'\xe2\x82', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'), (b'\xf8\x88\x80\x80\x80', 'utf-8'),
         (b'\xc0\xaf', 'utf-8'), (b'ok\xf4\x90\x80\x80', 'utf-8'), (b'abc\xffdef\xfe', 'ascii')]
for data, enc in cases:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
        print('  ', e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))
    print('  ', data.decode(enc, 'replace'), data.decode(enc, 'ignore'))
for text, enc in [('é', 'ascii'), ('abc€def', 'latin-1'), ('日本', 'ascii'), ('a\udc80b', 'utf-8'),
                  ('x\u20acy\u20acz', 'ascii')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
        print('  ', e.encoding, repr(e.object), e.start, e.end, e.reason)
    print('  ', text.encode(enc, 'replace'), text.encode(enc, 'ignore'))
for bad in [lambda: b'x'.decode('no-such-codec'), lambda: 'x'.encode('nope'),
            lambda: b'\xff'.decode('utf-8', 'bogus'), lambda: 'é'.encode('ascii', 'bogus'),
            lambda: b'x'.decode(5), lambda: 'x'.encode(None), lambda: str(b'x', 'ascii', 5),
            lambda: str('x', 'utf-8')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
