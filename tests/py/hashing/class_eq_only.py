# a class that defines __eq__ without __hash__ gets __hash__ = None: its instances are unhashable
class C:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, C) and self.v == other.v


print(C.__hash__ is None, '__hash__' in C.__dict__, C(1) == C(1))
for action in ['hash', 'dict key', 'set member', 'in dict', 'in set', 'frozenset', 'tuple key']:
    try:
        if action == 'hash':
            hash(C(1))
        elif action == 'dict key':
            {C(1): 1}
        elif action == 'set member':
            {C(1)}
        elif action == 'in dict':
            C(1) in {1: 2}
        elif action == 'in set':
            C(1) in {1, 2}
        elif action == 'frozenset':
            frozenset([C(1)])
        else:
            {(1, C(1)): 'x'}
        print(action, 'no error')
    except TypeError as e:
        print(action, 'TypeError:', e)
print(C(1) in [C(0), C(1)], [C(2)].index(C(2)))
