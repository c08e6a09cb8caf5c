# base64's Base64: b64encode/b64decode with altchars and validate, the
# standard_ and urlsafe_ variants, str and bytes-like arguments, discarded
# characters, and the errors (binascii.Error, the ASCII and type checks,
# the altchars assertion).
import base64
import binascii

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xbf', b'\x00' * 5]
for s in samples:
    e = base64.b64encode(s)
    print(len(s), e[:32], base64.b64decode(e) == s, base64.standard_b64encode(s) == e,
          base64.standard_b64decode(e) == s, base64.urlsafe_b64encode(s)[:32], base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s)
print(base64.b64encode(b'\xfb\xff\xbf', altchars=b'*!'), base64.b64encode(bytearray(b'\xfb\xff'), b'-_'))
print(base64.b64encode(memoryview(b'hello')), base64.b64encode(bytearray(b'hello')))
print(base64.b64decode('+/+/'), base64.b64decode(b'-_-_', altchars=b'-_'), base64.b64decode('*!*!', altchars='*!'))
print(base64.b64decode(bytearray(b'aGk=')), base64.b64decode(memoryview(b'aGk=')), base64.b64decode('aGk='))
print(base64.b64decode(b'a G\nk=', validate=False), base64.b64decode(b'!!aGk=!!'))
print(base64.urlsafe_b64decode('-_-_'), base64.urlsafe_b64decode(b'+/+/'), base64.urlsafe_b64decode(b'_-8='))

def err(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f.__name__, type(e).__module__ + '.' + type(e).__name__, e)
    else:
        print(f.__name__, 'returned', r)

err(base64.b64decode, b'aGk')
err(base64.b64decode, b'aGk=a')
err(base64.b64decode, b'aGk=a', validate=True)
err(base64.b64decode, b'a Gk=', validate=True)
err(base64.b64decode, b'=aGk', validate=True)
err(base64.b64decode, b'aGk==', validate=True)
err(base64.b64decode, b'aGVsbG8hx')
err(base64.b64decode, 'héllo')
err(base64.b64decode, 42)
err(base64.b64decode, [1, 2])
err(base64.b64decode, b'aGk=', altchars=b'-')
err(base64.b64decode, b'aGk=', altchars=3)
err(base64.b64decode, b'aGk=', altchars='ü!')
err(base64.b64encode, 'text')
err(base64.b64encode, 42)
err(base64.b64encode, b'x', altchars=b'abc')
err(base64.urlsafe_b64encode, 'text')
err(base64.urlsafe_b64decode, 3.5)
err(base64.standard_b64decode, b'abcde')
try:
    base64.b64decode('é')
except ValueError as e:
    print(repr(e), type(e.__context__).__name__, e.__context__, e.__suppress_context__)
try:
    base64.b64decode(None)
except TypeError as e:
    print(repr(e), e.__context__, e.__suppress_context__)
