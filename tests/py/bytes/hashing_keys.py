# bytes is hashable (and hashes like str under the same seed); bytearray is not
print(hash(b'abc') == hash('abc'), hash(b'') == 0, hash(b'') == hash(''))
print(hash(b'abc'), hash(b'hello world'), hash(b'\xff\x00'))
d = {b'key': 1, 'key': 2, b'other': 3}
print(len(d), d[b'key'], d['key'], b'key' in d)
print({b'a', b'a', b'b'} == {b'a', b'b'}, frozenset([b'x']) == frozenset([b'x']))
for bad in [lambda: hash(bytearray(b'x')), lambda: {bytearray(b'x'): 1},
            lambda: {bytearray()}, lambda: hash(memoryview(bytearray(b'w')))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(memoryview(b'abc')) == hash(b'abc'))
d2 = {}
d2[b'x'] = 'bytes'
print(d2.get(b'x'), d2.get(bytes(b'x')), d2.get('x'))
