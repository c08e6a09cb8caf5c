# base64's Base32, base32hex and Base16: the RFC 4648 test vectors, every
# padding length, casefold and map01, and the errors (bad padding, digits
# outside the alphabet, Non-base16 digit, Odd-length string).
import base64
import binascii

for s in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\xff' * 7, bytes(range(20))]:
    e, h, x = base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s)
    print(repr(s), e, h, x, base64.b32decode(e) == s, base64.b32hexdecode(h) == s, base64.b16decode(x) == s)
print(base64.b32encode(bytearray(b'ab')), base64.b32encode(memoryview(b'abc')), base64.b16encode(memoryview(b'\x01\xab')))
print(base64.b32decode('MZXW6YQ='), base64.b32decode(b'mzxw6yq=', casefold=True), base64.b32decode(bytearray(b'MZXW6YQ=')))
print(base64.b32decode(b'ME======'), base64.b32decode(b'MFRA===='), base64.b32decode(b'MFRGG==='), base64.b32decode(b'MFRGGZA='))
print(base64.b32decode(b'0ABC1DEF', map01=b'L'), base64.b32decode(b'0ABC1DEF', map01='I'), base64.b32decode(b'o0lL1I2a', casefold=True, map01=b'l'))
print(base64.b32hexdecode(b'cpnmuog=', casefold=True), base64.b32hexdecode('CPNMUOG='))
print(base64.b16decode(b'0123ABCD'), base64.b16decode('abcdef', casefold=True), base64.b16decode(bytearray(b'FF')), base64.b16decode(b''))

def err(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f.__name__, args, type(e).__module__ + '.' + type(e).__name__, e)
    else:
        print(f.__name__, args, 'returned', r)

for bad in [b'MZXW6YQ', b'MZXW6YQ==', b'M=======', b'MZX=====', b'MZXW6=== ', b'MZXW6Y==', b'========', b'MZ=W6YQ=',
            b'mzxw6yq=', b'MZXW6YQ1', b'MZXW6YQ0', b'MZXW6YQ!', 'MZXW6YQé', b'', b'AAAAAAAAAAAAAAA=']:
    err(base64.b32decode, bad)
err(base64.b32decode, b'MZXW6YQ=', map01=b'LL')
err(base64.b32decode, b'MZXW6YQ=', map01=5)
err(base64.b32hexdecode, b'CPNMUOG=', map01=b'L')
err(base64.b32hexdecode, b'WXYZWXYZ')
err(base64.b32hexdecode, b'cpnmuog=')
err(base64.b32encode, 'text')
err(base64.b32encode, 17)
err(base64.b32hexencode, None)
for bad in [b'abc', b'ab', b'0G', b'ABC', b'A B ', 'é0', 12]:
    err(base64.b16decode, bad)
err(base64.b16decode, b'abc', casefold=True)
err(base64.b16encode, 'text')
