# repr of a live and a dead ref (the addresses are masked)
import weakref

class Point:
    pass

def mask(s):
    out, i = "", 0
    while i < len(s):
        if s.startswith("0x", i):
            out += "0x..."
            i += 2
            while i < len(s) and s[i] in "0123456789abcdef":
                i += 1
        else:
            out += s[i]
            i += 1
    return out

p = Point()
r = weakref.ref(p)
print(mask(repr(r)))
def func():
    pass
print(mask(repr(weakref.ref(func))))
print(mask(repr(weakref.ref(Point))))
del p
print(mask(repr(r)))
