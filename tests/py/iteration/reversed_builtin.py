# reversed on lists, tuples, strings, ranges and dicts, a class with __reversed__, and a sequence with __len__/__getitem__
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), ''.join(reversed('stressed')))
print(list(reversed(range(5))), list(reversed(range(10, 0, -3))), list(reversed(range(0))))
print(list(reversed({'a': 1, 'b': 2, 'c': 3})), list(reversed({'a': 1, 'b': 2}.items())))
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __reversed__(self):
        print('  __reversed__')
        return iter(self.cards[::-1])
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return 'item' + str(i)
print(list(reversed(Deck(['A', 'K', 'Q']))))
print(list(reversed(Seq())))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
try:
    reversed(x for x in [1])
except TypeError as e:
    print('TypeError:', e)
