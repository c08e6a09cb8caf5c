# seq[a:b] on a str, list or tuple with small int or None bounds takes the
# VM's fast path (no slice object is made); everything else builds the
# slice. Both give the same parts and the same errors.
s = "héllo wörld"
l = list(range(10))
t = tuple("abcdefgh")
bounds = [None, 0, 1, 3, -1, -3, 5, 100, -100, 2 ** 62, -2 ** 62, True, False]
for seq in (s, l, t, "", [], ()):
    out = []
    for a in bounds:
        for b in bounds:
            out.append(seq[a:b])
            out.append(seq[a:])
            out.append(seq[:b])
    print(type(seq).__name__, len(out), out[:6], out[-6:])
print(s[2:4], s[-5:], l[3:-3], t[::2], t[1:6:2], l[::-1][:3])
print(s[2 ** 70:], l[:-2 ** 70], t[2 ** 70:-2 ** 70])

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(s[Idx(1):Idx(4)], l[Idx(-2):], t[:Idx(2)])

class MyStr(str):
    def __getitem__(self, key):
        return "MyStr[%r]" % (key,)
class MyList(list):
    pass
print(MyStr("abc")[1:2], MyList([1, 2, 3])[1:], type(MyList([1, 2, 3])[1:]).__name__)
print(b"bytes"[1:3], bytearray(b"xyz")[:2], range(10)[2:5], memoryview(b"abc")[1:].tobytes())
d = {slice(1, 2): "slice key"}
print(d[1:2])
for bad in ("a", 1.5, [1]):
    try:
        print(l[bad:2])
    except TypeError as e:
        print("TypeError:", e)
try:
    five = 5
    print(five[1:2])
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(100):
    total += len(s[i % 5:i % 7]) + len(l[:i % 4]) + len(t[i % 3:])
print(total)
