# bytearray's mutators refuse what CPython refuses, with CPython's words
ba = bytearray(b'abc')
cases = [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, -1), lambda: ba.__setitem__(0, b'x'),
         lambda: ba.__setitem__(5, 1), lambda: ba.__setitem__(slice(0, 1), 5),
         lambda: ba.__setitem__(slice(0, 3, 2), b'xyz'), lambda: ba.__setitem__(slice(0, 1), 'x'),
         lambda: ba.__delitem__(10), lambda: ba.append(256), lambda: ba.append('a'),
         lambda: ba.extend(5), lambda: ba.extend([1, 300]), lambda: ba.extend('abc'),
         lambda: ba.insert(0, 999), lambda: ba.remove(120), lambda: bytearray().pop(),
         lambda: ba.pop(10), lambda: ba.__getitem__(3), lambda: ba.__getitem__('a'),
         lambda: hash(ba), lambda: {ba: 1}, lambda: ba.__setitem__(1.0, 1),
         lambda: ba.append(), lambda: ba.insert(0), lambda: ba.remove(1000)]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(ba)
