# array: typed arrays, each value checked and held as its C type would hold
# it (CPython's OverflowError messages per type), the sequence operations,
# bytes in and out, byteswap, the unicode arrays.
from array import array
import array as array_module
import copy
for tc, hi, lo in (('b', 128, -129), ('B', 256, -1), ('h', 2**15, -2**15-1), ('H', 2**16, -1), ('i', 2**31, -2**31-1), ('I', 2**32, -1), ('l', 2**63, -2**63-1), ('L', 2**64, -1), ('q', 2**63, -2**63-1), ('Q', 2**64, -1)):
    for v in (hi, lo, 2**64, -2**64):
        try: array(tc, [v]); print(tc, v, 'ok')
        except OverflowError as e: print(tc, v, e)
for tc, v in (('i', 'x'), ('i', 1.5), ('f', 'x'), ('d', None), ('u', 1), ('u', 'ab')):
    try: array(tc, [v])
    except TypeError as e: print(tc, 'TypeError:', e)
for bad in (lambda: array('z'), lambda: array('i', 'abc'), lambda: array('i', [1]) + array('d'), lambda: array('i', [1]).remove(9),
            lambda: array('i', [1]).index(9), lambda: array('i').pop(), lambda: array('i', [1])[5], lambda: array('h', b'\x01'),
            lambda: array('i').fromlist((1,)), lambda: array('i', [1]).extend(array('h'))):
    try: bad()
    except (ValueError, TypeError, IndexError) as e: print(type(e).__name__ + ":", e)
a = array('i', [1, 2, 3])
print(a, repr(array('d')), array('u', 'hi'), a.itemsize, a.typecode, type(a), a[1:], a * 2, 2 * a, a + a, 2 in a, a.tolist(), a.tobytes())
b = array('h', b'\x01\x00\x02\x00'); print(b, array('b', [1]) == array('h', [1]), array('i', [1, 2]) < array('i', [1, 3]))
print(array_module.typecodes, array_module.ArrayType is array)
print(array('f', [0.1]), array('d', [1, 2]), array('f', [1e300]), array('u', 'hé').tounicode(), array('u', 'ab').tobytes())
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.pop(0), a.count(2), a.index(3), len(a), list(reversed(a)))
a[0] = 10; a[1:3] = array('i', [7, 8, 9]); del a[-1]; print(a)
a += array('i', [1]); a *= 2; print(a, sum(a), max(a))
c = array('H', [1, 256]); c.byteswap(); print(c, c.tobytes())
d = array('d', [1.5]); d.frombytes(array('d', [2.5]).tobytes()); print(d, copy.copy(d), copy.deepcopy(d) == d)
try: a[0:1] = [1]
except TypeError as e: print(e)
print(array('i', array('i', [3, 4])), array('i', range(3)), array('B', b'ab'), array('b', (x for x in (1, -1))))
