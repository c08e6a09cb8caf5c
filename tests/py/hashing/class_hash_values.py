# the value __hash__ returns is reduced like an int's: -1 becomes -2, big ints modulo 2**61 - 1, bools and int subclasses accepted
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


class MyInt(int):
    pass


for h in [0, 1, -1, -2, 42, 2**61 - 1, 2**61, 2**63, 2**64 + 3, -2**64, 10**30, True, False, MyInt(7), MyInt(-1)]:
    print(repr(h), hash(H(h)), hash(H(h)) == hash(h))
