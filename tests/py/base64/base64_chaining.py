# How base64's errors are chained, as CPython's: which are raised from
# None (bad digits in Base32 and Base85, the 85 overflows, a wrong argument
# type), which carry the exception they replace as context (a str that is
# not ASCII), and which cause (encodebytes and decodebytes of a non-buffer).
import base64

cases = [
    (base64.b32decode, b'MZXW6YQ1'), (base64.b32decode, b'MZXW6YQ'), (base64.b32decode, b'MZXW6Y=='),
    (base64.b16decode, b'abc'), (base64.b16decode, b'ABC'), (base64.b64decode, b'abc'),
    (base64.b64decode, 'é'), (base64.b64decode, 1.5), (base64.b85decode, b'ab"'), (base64.b85decode, b'|NsC1'),
    (base64.a85decode, b'uuuuu'), (base64.a85decode, b'!z'), (base64.a85decode, b'v'),
    (base64.a85decode, b'abc'), (base64.encodebytes, 'x'), (base64.decodebytes, 3), (base64.b32encode, 'x'),
]
for f, arg in cases:
    try:
        f(arg)
    except Exception as e:
        ctx = e.__context__
        print(f.__name__, repr(arg), type(e).__name__, str(e), '| cause', repr(e.__cause__),
              '| context', type(ctx).__name__ if ctx else None, '| suppressed', e.__suppress_context__)
    else:
        print(f.__name__, repr(arg), 'no error')
try:
    base64.a85decode(b'abc', adobe=True)
except ValueError as e:
    print(e, e.__context__, e.__suppress_context__)
