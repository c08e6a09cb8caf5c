# tuples of each length, lists, dicts, sets and frozensets, empty and full, nested
import pickle
values = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), tuple(range(10)), [], [1], [1, 2], list(range(5)),
          {}, {1: 2}, {1: 2, 3: 4}, {'a': [1, 2], 'b': {'c': ()}}, set(), {1}, {1, 2, 3}, frozenset(),
          frozenset({5}), frozenset({1, 2}), [(1, [2, {3: (4,)}])], ((((),),),), {(1, 2): frozenset({3})}]
for v in values:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    print(repr(v), data)
    print('   ', back == v, type(back).__name__)
nested = {'users': [{'name': 'ann', 'tags': ('a', 'b'), 'ids': {1, 2}}, {'name': 'bob', 'tags': (), 'ids': set()}],
          'count': 2, 'ratio': 0.5, 'ok': True, 'none': None}
data = pickle.dumps(nested)
print(len(data), data[:40])
print(pickle.loads(data) == nested, pickle.loads(data))
