# truth testing: __bool__ first, then __len__, else always true; used by if, while, not, and, or, bool()
class Empty:
    pass
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print('  len called')
        return self.n
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('  bool called')
        return self.v
    def __len__(self):
        print('  never used')
        return 0

print(bool(Empty()), bool(Sized(0)), bool(Sized(2)), bool(Flag(False)))
if Sized(1):
    print('sized 1 is true')
print(not Flag(True))
s = Sized(3)
while s:
    s.n -= 1
print('n =', s.n)
x = Sized(0) or 'fallback'
print(x)
y = Flag(True) and 'both'
print(y)
print(len(Sized(7)), [i for i in [Sized(0), Sized(4)] if i].__len__())
