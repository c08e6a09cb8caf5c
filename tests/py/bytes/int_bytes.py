# int.to_bytes and int.from_bytes: byteorder, signed, length, and their errors
for n in [0, 1, 255, 256, 1024, 65535, 2**31, 2**64 - 1, 10**20]:
    size = max(1, (n.bit_length() + 7) // 8)
    big, little = n.to_bytes(size, 'big'), n.to_bytes(size, 'little')
    print(n, big, little, int.from_bytes(big, 'big'), int.from_bytes(little, 'little'))
for n in [-1, -128, -129, 127, -2**63, 2**63 - 1]:
    b = n.to_bytes(8, 'big', signed=True)
    print(n, b, int.from_bytes(b, 'big', signed=True), int.from_bytes(b, 'big'))
print((1).to_bytes(), (5).to_bytes(2, byteorder='little'), (300).to_bytes(length=3, byteorder='big'))
print(int.from_bytes(b''), int.from_bytes(b'\x00\x01'), int.from_bytes([1, 0], 'little'),
      int.from_bytes(bytearray(b'\xff\xff'), 'big', signed=True), int.from_bytes((255,), 'big'),
      int.from_bytes(memoryview(b'\x01\x00'), 'little'), int.from_bytes(b'\x80', signed=True))
print(True.to_bytes(1, 'big'), bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__)
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x10', 'big')
print(r, type(r).__name__)
for bad in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'),
            lambda: (128).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(-1, 'big'),
            lambda: (1).to_bytes(1, 'middle'), lambda: int.from_bytes(b'\x01', 'middle'),
            lambda: int.from_bytes('abc', 'big'), lambda: int.from_bytes(5, 'big'),
            lambda: (1).to_bytes(1, 5), lambda: int.from_bytes([256], 'big'),
            lambda: (1).to_bytes(1.5, 'big'), lambda: (-129).to_bytes(1, 'big', signed=True)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
