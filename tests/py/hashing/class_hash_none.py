# __hash__ = None makes instances unhashable; a subclass may restore hashing by defining __hash__ again
class NoHash:
    __hash__ = None


class Again(NoHash):
    def __hash__(self):
        return 7


class Inherits(NoHash):
    pass


for cls in [NoHash, Again, Inherits]:
    try:
        print(cls.__name__, hash(cls()))
    except TypeError as e:
        print(cls.__name__, 'TypeError:', e)
print({Again(): 'a'}.popitem()[1], len({Again(), Again()}))
