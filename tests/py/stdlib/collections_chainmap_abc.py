# ChainMap (lookup order, writes to the first map, new_child/parents, views), UserDict/UserList, collections.abc checks and mixins
from collections import ChainMap, UserDict, UserList, UserString, deque, OrderedDict, Counter
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping,
                             Hashable, Sized, Container, Callable, Set, MutableSet, Generator, Reversible,
                             Collection, KeysView)
import collections.abc

defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm, cm['user'], cm['color'], cm.get('none', '-'), len(cm), list(cm), 'color' in cm, dict(cm))
print(cm.keys(), cm.items(), cm.values(), sorted(cm.items()))
cm['color'] = 'blue'
print(args, defaults, cm.maps)
child = cm.new_child({'user': 'root'})
print(child['user'], child.parents['user'], child, child.parents.parents, cm.new_child(x=1))
del cm['color']
print(cm['color'], cm)
for call in (lambda: cm['missing'], lambda: cm.__delitem__('user2'), lambda: ChainMap().popitem(), lambda: cm.pop('zz')):
    try:
        call()
    except KeyError as e:
        print('KeyError:', e)
print(cm.pop('user'), cm, ChainMap(), bool(ChainMap({})), cm | {'q': 1}, ChainMap.fromkeys('ab', 0), cm.copy())
scopes = ChainMap({'x': 'local'}, {'x': 'global', 'len': 'global len'}, {'len': 'builtin', 'print': 'builtin'})
print([scopes[n] for n in ('x', 'len', 'print')])

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({'A': 1}, B=2)
ld.update(C=3); ld.setdefault('D', 4)
print(ld, ld['a'], 'b' in ld, ld.get('z', 0), len(ld), sorted(ld), ld.pop('a'), ld, isinstance(ld, MutableMapping))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul), ul == [0, 1, 2, 3], UserString('ab') + 'c')

class Deck(Sequence):
    def __init__(self):
        self.cards = [r + s for s in 'SH' for r in 'A23']
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
deck = Deck()
print(len(deck), deck[0], list(deck), 'AH' in deck, deck.index('2H'), deck.count('3S'), list(reversed(deck))[:2])
class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry()
r.update({'a': 1}, b=2)
print(r.get('a'), r.pop('b'), r.setdefault('c', 3), list(r.items()), list(r.keys()), r == {'a': 1, 'c': 3}, r.popitem(), len(r))
try:
    Sequence()
except TypeError as e:
    print('TypeError:', e)
class Half(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)
try:
    Half()
except TypeError as e:
    print('TypeError:', e)
checks = [([], Iterable), ([], Sequence), ([], MutableSequence), ((), Sequence), ((), MutableSequence),
          ('s', Sequence), (range(3), Sequence), ({}, Mapping), ({}, MutableMapping), (iter([]), Iterator),
          ([], Iterator), (len, Callable), (1, Callable), (1, Hashable), ([], Hashable), (set(), Set),
          (frozenset(), Set), (frozenset(), MutableSet), ((x for x in []), Generator), ([], Reversible),
          ({}.keys(), Set), ({}.keys(), KeysView), ('', Collection), (5, Sized), ('a', Container),
          (deque(), MutableSequence), (OrderedDict(), MutableMapping), (Counter(), Mapping), (deck, Reversible),
          (cm, MutableMapping), (ld, Mapping)]
print(''.join('1' if isinstance(obj, abc) else '0' for obj, abc in checks))
print(issubclass(list, Sequence), issubclass(dict, Iterable), issubclass(int, Iterable), issubclass(Deck, Iterable))
class Custom:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
print(isinstance(Custom(), Iterable), isinstance(Custom(), Sized), isinstance(Custom(), Container), collections.abc.Iterable, Iterable.__module__)
