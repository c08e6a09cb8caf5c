# indexing gives ints; slicing gives the same type; negative indexes and steps
b = b'hello world'
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[1:5], b[:5], b[6:], b[::2], b[::-1], b[-5:-1], b[100:], b[3:1], b[::-3])
ba = bytearray(b)
print(ba[0], ba[-1], ba[1:5], ba[::-1], type(ba[1:3]).__name__)
for bad in [lambda: b[11], lambda: b[-12], lambda: ba[20], lambda: b['x'], lambda: ba[1.0],
            lambda: b[None], lambda: b[2**70]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2
print(b[I()], b[I():], ba[I()])
print(b[True], b[False:True])
print(list(b[:3]), tuple(ba[:3]), [x for x in b'abc'], sum(b'\x01\x02\x03'))
