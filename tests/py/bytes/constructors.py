# bytes() and bytearray(): from nothing, an int, an iterable of ints, a str with an encoding, a buffer
print(bytes(), bytes(0), bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(5)))
print(bytes(b'abc'), bytes(bytearray(b'xy')), bytes(memoryview(b'mv')), bytes(iter([0, 255])))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', encoding='latin-1'),
      bytes(source='x', encoding='utf-8', errors='strict'))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b'q'), bytearray('é', 'utf-8'))
print(bytes(x for x in range(65, 70)), bytearray(map(ord, 'map')))
class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'
class WithIndex:
    def __index__(self):
        return 4
print(bytes(WithBytes()), bytes(WithIndex()), bytearray(WithIndex()))
print(bytes(True), bytes(False), bytes({1: 'a', 2: 'b'}))
