# int.to_bytes and int.from_bytes at the edges of each range: the largest
# and smallest values that fit, one past them, and no bytes at all.
def show(v, n, order='big', signed=False):
    try:
        b = v.to_bytes(n, order, signed=signed)
        back = int.from_bytes(b, order, signed=signed)
        print(v, n, order, signed, b, back == v)
    except OverflowError as e:
        print(v, n, order, signed, 'OverflowError:', e)

for n in (0, 1, 2, 9):
    for signed in (False, True):
        top = 2 ** (8 * n - (1 if signed else 0)) if n else 1
        for v in (0, 1, -1, top - 1, top, -top, -top - 1):
            show(v, n, 'big', signed)
            show(v, n, 'little', signed)
print(int.from_bytes(b'', 'big', signed=True), int.from_bytes(b'\x00\x80', 'little', signed=True))
print(int.from_bytes(bytearray(b'\xff' * 20), 'big', signed=True))
print((2 ** 200 + 5).to_bytes(26, 'little'))
