# the mutable default pitfall: one list shared by every call that uses the default; the None idiom fixes it
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def append_fixed(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_fixed(1), append_fixed(2))
def tally(key, seen={}):
    seen[key] = seen.get(key, 0) + 1
    return seen
tally('a')
tally('b')
print(tally('a'))
