# base64's Base85 and Ascii85: every tail length, z and y folding, pad,
# wrapcol with and without the Adobe frame, ignorechars, and the errors
# (overflow, bad characters with their position, z or y inside a group,
# a missing ~> end marker).
import base64

samples = [b'', b'\x00', b'\x00' * 4, b'\x00' * 5, b'    ', b'     ', b'a', b'ab', b'abc', b'abcd', b'abcde',
           b'\xff' * 4, b'\xff' * 7, bytes(range(40)), b'Man is distinguished']
for s in samples:
    b85, b85p = base64.b85encode(s), base64.b85encode(s, pad=True)
    a85 = base64.a85encode(s)
    print(repr(s[:8]), len(s), b85, b85p, a85, base64.a85encode(s, foldspaces=True), base64.a85encode(s, pad=True))
    print('   ', base64.b85decode(b85) == s, base64.a85decode(a85) == s, base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True) == s,
          base64.b85decode(b85p)[:len(s)] == s)

text = b'Man is distinguished, not only by his reason, but by this singular passion'
for wrapcol in [0, 1, 2, 3, 10, 30, 100]:
    for adobe in (False, True):
        enc = base64.a85encode(text, wrapcol=wrapcol, adobe=adobe)
        print(wrapcol, adobe, enc)
        assert base64.a85decode(enc, adobe=adobe) == text
print(base64.a85encode(b'', adobe=True), base64.a85encode(b'', wrapcol=5), base64.a85encode(b'', wrapcol=1, adobe=True))
print(base64.a85decode(b'<~9jqo^~>', adobe=True), base64.a85decode(b'9jqo^~>', adobe=True), base64.a85decode('9j qo\n^'))
print(base64.a85decode(b'z'), base64.a85decode(b'zz!!'), base64.a85decode(b'y', foldspaces=True), base64.a85decode(b'9jqo^', ignorechars=b''))
print(base64.a85decode(b'9j.qo^', ignorechars=b'.'), base64.b85decode('VPa!sWo'), base64.b85decode(bytearray(b'VPa!s')))
print(base64.a85encode(memoryview(b'abcd')), base64.b85encode(bytearray(b'abcd')))

def err(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f.__name__, args, kwargs, type(e).__name__, e)
    else:
        print(f.__name__, args, kwargs, 'returned', r)

err(base64.a85decode, b's8W-"')
err(base64.a85decode, b's8W-!')
err(base64.a85decode, b'9jqoz^')
err(base64.a85decode, b'9jy', foldspaces=True)
err(base64.a85decode, b'y')
err(base64.a85decode, b'9jqo^v')
err(base64.a85decode, b'9jqo ^', ignorechars=b'')
err(base64.a85decode, b'<~9jqo^', adobe=True)
err(base64.a85decode, b'9jqo~', adobe=True)
err(base64.a85decode, 'é')
err(base64.a85decode, 5)
err(base64.a85decode, b'9jqo^', ignorechars=' ')
err(base64.a85decode, b'9jqo ^', ignorechars=' ')
err(base64.b85decode, b'|NsC0')
err(base64.b85decode, b'|NsC1')
err(base64.b85decode, b'abcde\x22fgh')
err(base64.b85decode, b'ab"')
err(base64.b85decode, b'0000000000{{{{{')
err(base64.b85decode, 5)
err(base64.b85encode, 'text')
err(base64.a85encode, 'text')
err(base64.a85encode, b'x', 5)
