# defaultdict (factories, __missing__, repr, copy, |) and OrderedDict (move_to_end, popitem, order-sensitive ==, views, repr)
from collections import defaultdict, OrderedDict

groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups, dict(groups), groups.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts['z'], len(counts), 'q' in counts, counts.get('w'))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 2
print(dict(nested['a']), isinstance(nested, dict))
plain = defaultdict(None, {'k': 1})
print(plain, defaultdict(), defaultdict(set, [('a', {1})]), defaultdict(list, a=[1]))
try:
    plain['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
cp = groups.copy()
cp['z'].append('zucchini')
print(type(cp).__name__, cp['z'], 'z' in groups, groups | {'q': [0]}, type(groups | {}).__name__)
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree(); t['a']['b']['c']
print(list(t), list(t['a']), list(t['a']['b']))

od = OrderedDict()
od['b'] = 2; od['a'] = 1; od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update(x=9, y=8); print(od, list(reversed(od)), list(reversed(od.items())))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1) != OrderedDict(a=1))
print(OrderedDict(), OrderedDict.fromkeys('ab', 0), OrderedDict([('k', [1])]).copy(), OrderedDict(a=1) | {'b': 2}, {'b': 2} | OrderedDict(a=1))
print(od.keys() & {'x', 'q'}, 'x' in od.keys(), ('x', 9) in od.items(), 9 in od.values(), len(od.keys()))
for call in (lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('k')):
    try:
        call()
    except KeyError as e:
        print('KeyError:', e)
class LRU(OrderedDict):
    """A small LRU cache: the interview version."""
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)
cache = LRU(2)
cache.put(1, 1); cache.put(2, 2); print(cache.get(1)); cache.put(3, 3); print(cache.get(2)); cache.put(4, 4)
print(cache.get(1), cache.get(3), cache.get(4), cache)
