# pprint: the repr when it fits in the width, else one item a line, each
# item given the room left; dicts sorted (pp() keeps their order); depth,
# compact, indent, underscore_numbers; long strs and bytes cut between
# words; the collections types, dataclasses, SimpleNamespace and
# mappingproxy laid out as CPython 3.11 lays them out.
import pprint, collections, types
from dataclasses import dataclass, field
data = {'name': 'minipy', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'b': 'x' * 50}], 'c': (1,), 'd': set(range(25))},
        'text': 'lorem ipsum dolor sit amet ' * 6, 'bytes': bytes(range(40)), 3: None, 'z' * 70: frozenset({1, 2})}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(data, sort_dicts=False, width=100)
pprint.pp({'b': 1, 'a': [2] * 40})
l = [1, 2]; l.append(l); d = {'self': None}; d['self'] = d
print(pprint.pformat(l).split(' with id=')[0], pprint.pformat(d).split(' with id=')[0])
print(pprint.saferepr(l)[:8], pprint.isrecursive(l), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
pprint.pprint(collections.OrderedDict((str(i), i * 1000) for i in range(12)))
pprint.pprint(collections.defaultdict(list, {i: [i] * 10 for i in range(5)}))
pprint.pprint(collections.Counter('abracadabra' * 10 + 'xyzzy' * 7 + 'pqrstuvw'), width=30)
pprint.pprint(collections.deque(range(40), maxlen=50))
pprint.pprint(collections.deque(range(40)))
pprint.pprint(collections.ChainMap({'a': list(range(20))}, {'b': list(range(20))}))
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='text ' * 20))
pprint.pprint(types.MappingProxyType({'k%d' % i: i for i in range(15)}))
@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
pprint.pprint(Point(1, list(range(40))))
pprint.pprint([Point(i) for i in range(6)], width=30)
print(pprint.pformat({'x': 1e100, 'y': 10**30}, underscore_numbers=True))
print(pprint.pformat('a\nb\n' + 'word ' * 30, width=30))
pprint.pprint(('only one item which is long ' * 3,))
pprint.pprint(bytearray(b'abcdefghij' * 10))
pprint.pprint({1: 'a', 'b': 2, (1, 2): 3, None: 4}, width=10)
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try: pprint.PrettyPrinter(**bad)
    except ValueError as e: print(e)
