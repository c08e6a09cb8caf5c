# ordering of bytes is lexicographic on unsigned bytes; mixed bytes/bytearray compares; sorting; sets
data = [b'b', b'a', b'ab', b'', b'\xff', b'\x00', b'B', b'aa', bytearray(b'ac'), b'\x7f']
print(sorted(data))
print(sorted(data, reverse=True))
print(sorted(data, key=len))
print(max(data), min(data))
print(b'abc' < bytearray(b'abd'), bytearray(b'abc') < b'ab', b'abc' == memoryview(b'abc'),
      bytearray(b'x') == bytearray(b'x'), bytearray(b'x') is bytearray(b'x'))
print(set([b'a', b'a', b'b']) == {b'a', b'b'}, frozenset([b'x']), {b'k': 1} == {b'k': 1})
print(b'a' == 'a', b'a' != 'a', bytearray(b'a') == 'a', [b'a'] == [bytearray(b'a')], (b'x',) < (b'y',))
for bad in [lambda: b'a' < 'a', lambda: bytearray(b'a') > 'b', lambda: b'a' <= 1, lambda: sorted([b'a', 'a']),
            lambda: memoryview(b'a') < memoryview(b'b')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
