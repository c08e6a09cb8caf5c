# a class with __hash__ = None in a set: unhashable type: 'Frozen'
class Frozen:
    __hash__ = None


print(Frozen.__hash__)
members = set()
members.add(Frozen())
