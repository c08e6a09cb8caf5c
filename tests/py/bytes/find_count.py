# find, rfind, index, rindex and count with bytes, ints and start/end, as str's
b = b'abcabcabc'
print(b.find(b'c'), b.find(b'ca'), b.find(99), b.find(b'x'), b.find(b''), b.find(b'', 20))
print(b.rfind(b'abc'), b.rfind(98), b.rfind(b'c', 0, 5), b.find(b'a', 1), b.find(b'a', -3))
print(b.index(b'b'), b.rindex(b'b'), b.index(97, 1, 5), b.count(b'a'), b.count(b'abc', 1),
      b.count(b''), b.count(99), b.count(b'bc', -4))
ba = bytearray(b)
print(ba.find(b'ca'), ba.rfind(bytearray(b'b')), ba.count(memoryview(b'c')), ba.index(98))
print(b.find(b'c', None, None), b.find(b'c', 3, None), b.count(b'a', None, 4))
for bad in [lambda: b.find('a'), lambda: b.find(256), lambda: b.count('a'), lambda: b.index(b'z'),
            lambda: b.rindex(b'z'), lambda: b.find(), lambda: b.find(b'a', 'x'),
            lambda: ba.index(b'q'), lambda: b.find(b'a', 0, 1, 2), lambda: b.count(x=1),
            lambda: b.find(-1), lambda: b.find(1.0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
