# hashability is inherited: __eq__ in a subclass removes the parent's __hash__; a subclass without __eq__ keeps it
class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


class Child(Base):
    pass


class EqChild(Base):
    def __eq__(self, other):
        return self.v == other.v


class BothChild(Base):
    def __eq__(self, other):
        return self.v == other.v

    __hash__ = Base.__hash__


print(hash(Child(5)), Child.__hash__ is Base.__hash__, EqChild.__hash__ is None, hash(BothChild(6)))
try:
    hash(EqChild(5))
except TypeError as e:
    print('TypeError:', e)
d = {Base(1): 'base'}
print(d[Child(1)], Child(1) in d, BothChild(1) in d)


class OnlyHash:
    def __hash__(self):
        return 1


a, b = OnlyHash(), OnlyHash()
print(hash(a), a == b, len({a, b}), len({a, a}))
