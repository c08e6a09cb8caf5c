# str.encode and bytes.decode for utf-8, ascii and latin-1 with errors= strict, ignore, replace
texts = ['hello', 'héllo', 'naïve café', '€uro', '日本語', '😀!', '', 'tab\there', '\x00\x7f\x80\xff']
for t in texts:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for errors in ['strict', 'ignore', 'replace']:
            try:
                b = t.encode(enc, errors)
                print(repr(t), enc, errors, b, b.decode(enc, errors) if errors != 'strict' or enc != 'ascii' or b.isascii() else '-')
            except UnicodeError as e:
                print(repr(t), enc, errors, type(e).__name__)
print('abc'.encode(), 'é'.encode(encoding='latin1'), 'é'.encode('UTF8'), 'é'.encode('utf_8'),
      'x'.encode('US-ASCII'), 'ÿ'.encode('iso-8859-1'), 'é'.encode('L1'))
print(b'abc'.decode(), b'\xc3\xa9'.decode(), b'\xc3\xa9'.decode('latin-1'), bytearray(b'\xe2\x82\xac').decode())
print(str(b'\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(bytearray(b'hi'), 'ascii'),
      str(memoryview(b'mv'), 'utf-8'))
