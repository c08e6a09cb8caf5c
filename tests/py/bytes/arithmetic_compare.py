# +, *, comparisons and `in` across bytes, bytearray and memoryview
a, b = b'abc', bytearray(b'abd')
print(a + b'def', a + b, b + a, a + memoryview(b'mv'), type(a + b).__name__, type(b + a).__name__)
print(a * 3, 3 * a, a * 0, a * -2, b * 2, 2 * b, type(b * 2).__name__)
print(a == b'abc', a == bytearray(b'abc'), a != b, a < b, b > a, a <= b'abc', b >= a)
print(b'' < b'\x00', b'a' < b'ab', b'\xff' > b'\x7f', sorted([b'b', b'a', b'ab', b'']))
print(a == 'abc', a != 'abc', b == 'abd', a == [97, 98, 99])
print(b'b' in a, 98 in a, b'bc' in a, b'' in a, b'cb' in a, 100 in b, bytearray(b'ab') in a,
      memoryview(b'c') in a)
print(max(b'hello'), min(b'hello'), len(a), bool(b''), bool(b'\x00'))
for bad in [lambda: a + 'x', lambda: 'x' + a, lambda: b + 'x', lambda: a * 'x', lambda: b * 1.5,
            lambda: a < 'b', lambda: 'a' in a, lambda: 300 in a, lambda: -1 in b, lambda: a + 1,
            lambda: a - a, lambda: [1] + a]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
