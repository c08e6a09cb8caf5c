# the collections types pickle by their own __reduce__, to the bytes CPython writes
import pickle
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter
Point = namedtuple('Point', 'x y')
values = [Point(1, 2), [Point(0, 0), Point(0, 0)], OrderedDict(a=1, b=2), defaultdict(list, {'a': [1]}),
          defaultdict(int), deque([1, 2]), deque([3], maxlen=5), Counter('aab')]
for v in values:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    print(data)
    print('   ', back, type(back).__name__, back == v)
d = pickle.loads(pickle.dumps(defaultdict(list)))
d['new'].append(1)
print(d, d.default_factory is list)
