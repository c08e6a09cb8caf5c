# subclasses of bytes and bytearray: constructors, methods' result types, repr, __bytes__
class Tag(bytes):
    def shout(self):
        return self.upper()
t = Tag(b'hi')
print(t, repr(t), type(t).__name__, t.shout(), type(t.shout()).__name__, type(t + b'!').__name__,
      type(t[:1]).__name__, t == b'hi', hash(t) == hash(b'hi'), isinstance(t, bytes))
class Named(bytes):
    def __new__(cls, name):
        return super().__new__(cls, name, 'ascii')
    def __repr__(self):
        return 'Named(%r)' % self.decode()
n = Named('abc')
print(n, repr(n), len(n), n[0], list(n), {n: 1}[b'abc'])
class Buf(bytearray):
    pass
bb = Buf(b'xyz')
bb.append(33)
print(bb, type(bb).__name__, type(bb.upper()).__name__, type(bb + b'').__name__, type(bb.copy()).__name__)
class Conv:
    def __bytes__(self):
        return b'converted'
class ConvSub:
    def __bytes__(self):
        return Tag(b'subclass')
print(bytes(Conv()), bytes(ConvSub()), type(bytes(ConvSub())).__name__, Tag(Conv()), Tag.fromhex('4142'),
      type(Tag.fromhex('41')).__name__, Buf.fromhex('ff'), type(Buf.fromhex('ff')).__name__)
print(b'%s' % Conv(), bytes(Tag(b'q')), type(bytes(Tag(b'q'))).__name__)
try:
    bytearray(Conv())
except TypeError as e:
    print('TypeError', e)
