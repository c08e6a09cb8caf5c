# a memoryview of a bytearray writes through; exports lock the bytearray's size
ba = bytearray(b'hello world')
m = memoryview(ba)
print(m.readonly)
m[0] = ord('J')
m[6:11] = b'WORLD'
print(ba)
sub = m[6:]
sub[0] = ord('w')
print(ba, sub.tobytes())
m[::2] = b'ABCDEF'
print(ba)
try:
    ba.append(1)
except BufferError as e:
    print('BufferError', e)
try:
    ba.extend(b'xy')
except BufferError as e:
    print('BufferError', e)
try:
    del ba[0]
except BufferError as e:
    print('BufferError', e)
ba[0] = 1
print(ba[:3])
m.release()
sub.release()
ba.append(33)
print(ba, len(ba))
try:
    m[0]
except ValueError as e:
    print('ValueError', e)
try:
    len(m)
except ValueError as e:
    print('ValueError', e)
r = memoryview(b'readonly')
for bad in [lambda: r.__setitem__(0, 1), lambda: memoryview(ba).__setitem__(0, 256),
            lambda: memoryview(ba).__setitem__(slice(0, 2), b'xyz'), lambda: memoryview('str'),
            lambda: memoryview(5), lambda: memoryview(ba)[100], lambda: memoryview(ba)['x'],
            lambda: hash(memoryview(ba)), lambda: memoryview(ba).__setitem__(0, b'x'),
            lambda: memoryview([1, 2])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(memoryview(b'abc')) == hash(b'abc'))
