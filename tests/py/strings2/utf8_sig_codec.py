# the utf-8-sig codec: decoding drops one leading BOM (only one, only at the start), encoding writes one; json.loads of bytes with a BOM
import json
for b in [b'\xef\xbb\xbfabc', b'abc', b'\xef\xbb\xbf\xef\xbb\xbfa', b'a\xef\xbb\xbf', b'\xef\xbb\xbf', b'', b'\xef\xbb']:
    try:
        print(b, ascii(b.decode('utf-8-sig')), ascii(b.decode('UTF_8-SIG', 'replace')))
    except UnicodeDecodeError as e:
        print(b, "UnicodeDecodeError:", e)
print('abc'.encode('utf-8-sig'), ''.encode('utf-8-sig'), '\u00e9'.encode('utf-8-sig'), '\ufeff'.encode('utf-8-sig'))
print(bytearray(b'\xef\xbb\xbfx').decode('utf-8-sig'), str(b'\xef\xbb\xbfy', 'utf-8-sig'))
print(json.loads(b'\xef\xbb\xbf{"bom": [1, 2]}'), json.detect_encoding(b'\xef\xbb\xbf{}'))
