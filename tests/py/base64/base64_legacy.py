# base64's legacy interface: encodebytes/decodebytes (lines of 76
# characters), encode/decode between binary files (io.BytesIO, and a
# reader that returns short reads), MAXLINESIZE and MAXBINSIZE, __all__,
# and the type checks of encodebytes/decodebytes with their causes.
import base64
import io

print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
print(sorted(base64.__all__))
data = bytes(range(256)) * 2
enc = base64.encodebytes(data)
print(enc.count(b'\n'), [len(line) for line in enc.split(b'\n')][:4], enc[:20], enc[-10:])
print(base64.decodebytes(enc) == data, base64.encodebytes(b''), base64.decodebytes(b''))
print(base64.encodebytes(bytearray(b'abc')), base64.encodebytes(memoryview(b'abcdef')[1:4]), base64.decodebytes(bytearray(b'YWJj\n')))

out = io.BytesIO()
base64.encode(io.BytesIO(data), out)
print(out.getvalue() == enc, len(out.getvalue()))
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == data)

class Trickle:
    """A binary reader that gives at most 10 bytes a read."""
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        n = 10 if n < 0 else min(n, 10)
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk

out = io.BytesIO()
base64.encode(Trickle(b'x' * 130), out)
print(out.getvalue())

for f, arg in [(base64.encodebytes, 'text'), (base64.decodebytes, 'YWJj'), (base64.encodebytes, 5), (base64.decodebytes, None)]:
    try:
        f(arg)
    except TypeError as e:
        print(f.__name__, e, '| cause:', type(e.__cause__).__name__, e.__cause__)
try:
    base64.decodebytes(b'YWJ')
except base64.binascii.Error as e:
    print('decodebytes', e)
