# memoryview over bytes and bytearray: len, indexing, slicing, tobytes, tolist, comparison
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m.tolist())
print(m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.contiguous)
print(bytes(m[2:]), bytearray(m[:2]), m.obj, m[1:3].obj is m.obj, m == b'abcdef', m == m[:],
      m[:3] == b'abc', m == bytearray(b'abcdef'), m != b'x', m[1:3] == memoryview(b'bc'))
print(list(m[1:3]), [x for x in m[4:]], m.hex(), m[1:2].hex(), len(m[10:]), m[::3].tolist())
s = m[1:5][1:3]
print(s.tobytes(), len(s), s.nbytes, s[0])
print(b'x' + m[:2], bytearray(b'y') + m[2:3], m[:2] + b'z' if False else 'no concat')
print(b''.join([m[:1], m[1:2], b'-']), b'abcdef'.find(m[2:4]), m[:2] in [b'ab'],
      b'ab' in b'xxab', int.from_bytes(m[:2], 'big'))
with memoryview(b'ctx') as c:
    print(c.tobytes())
print(repr(c).startswith('<released memory at 0x'), repr(m).startswith('<memory at 0x'))
e = memoryview(b'')
print(len(e), e.tobytes(), e.tolist(), bool(e), bool(m))
