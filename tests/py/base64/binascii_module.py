# The binascii module itself: its functions, binascii.Error (a ValueError)
# and Incomplete, reprs, and the argument errors of every function (counts,
# keywords, types, the ASCII-only str of the decoders).
import binascii

print([name for name in dir(binascii) if not name.startswith('_')])
print(binascii.Error, binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(binascii.Error.__module__, binascii.Error.__name__, issubclass(binascii.Error, ValueError))
print(binascii.a2b_base64, binascii.crc32, binascii.__name__, binascii.__doc__)
try:
    binascii.unhexlify(b'0')
except ValueError as e:
    print('caught as ValueError:', type(e), repr(e), e.args)

def err(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for f in [binascii.a2b_base64, binascii.b2a_base64, binascii.a2b_hex, binascii.b2a_hex, binascii.hexlify,
          binascii.unhexlify, binascii.a2b_qp, binascii.b2a_qp, binascii.a2b_uu, binascii.b2a_uu]:
    err(f)
    err(f, b'', 0, 1, 2, 3)
    err(f, b'', bogus=1)
for f in [binascii.a2b_base64, binascii.a2b_hex, binascii.unhexlify, binascii.a2b_qp, binascii.a2b_uu]:
    err(f, 5)
    err(f, None)
    err(f, 'naïve')
    err(f, memoryview(b'abcd')[::2])
    err(f, [1, 2])
for f in [binascii.b2a_base64, binascii.b2a_hex, binascii.hexlify, binascii.b2a_qp, binascii.b2a_uu]:
    err(f, 'text')
    err(f, 5)
    err(f, memoryview(b'abcd')[::2])
m = memoryview(b'abc')
m.release()
err(binascii.b2a_base64, m)
err(binascii.b2a_base64, b'x', True)
err(binascii.b2a_base64, b'x', newline=1.5)
err(binascii.b2a_base64, b'x', newline='yes')
err(binascii.b2a_base64, b'x', newline=2**40)
err(binascii.a2b_base64, b'x', strict_mode=[])
err(binascii.b2a_uu, b'x', backtick=None)
err(binascii.b2a_qp, b'x', quotetabs=0.0)
err(binascii.a2b_qp, b'x', header='h')
err(binascii.a2b_base64, b'YQ==', data=b'')
