# copy.copy and copy.deepcopy: sharing vs copying, cycles and shared references, __copy__/__deepcopy__ hooks, memo, classes
import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple

grid = [[0] * 3 for _ in range(2)]
alias, shallow, deep = grid, copy.copy(grid), copy.deepcopy(grid)
grid[0][0] = 'X'
print(alias[0][0], shallow[0][0], deep[0][0], shallow is grid, shallow[1] is grid[1], deep[1] is grid[1])
data = {'nums': [1, 2], 'nested': {'t': (1, [2])}, 'same': None}
data['same'] = data['nums']
d2 = copy.deepcopy(data)
d2['nums'].append(3)
print(data['nums'], d2['nums'], d2['same'], d2['same'] is d2['nums'], d2['nested']['t'] == (1, [2]))
t = (1, 'a', None); tl = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(tl) is tl, copy.deepcopy(tl) == tl)
loop = [1]; loop.append(loop)
dl = copy.deepcopy(loop)
print(dl, dl[1] is dl, dl is not loop)
selfdict = {}; selfdict['me'] = selfdict
print(copy.deepcopy(selfdict)['me'] is not selfdict)
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        return f'Node({self.val}, {self.children})'
tree = Node(1, [Node(2), Node(3, [Node(4)])])
tcopy = copy.deepcopy(tree)
tcopy.children[1].children[0].val = 40
print(tree, tcopy, copy.copy(tree).children is tree.children)
class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('  __copy__')
        return Tracked(self.v + 1)
    def __deepcopy__(self, memo):
        print('  __deepcopy__, memo is a', type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))
print(copy.copy(Tracked(1)).v, copy.deepcopy([Tracked([5])])[0].v)
class WithState:
    def __init__(self):
        self.secret = 'x'
    def __getstate__(self):
        return {'secret': 'restored'}
    def __setstate__(self, state):
        print('  __setstate__', state)
        self.__dict__.update(state)
print(copy.copy(WithState()).secret, copy.deepcopy(WithState()).secret)
memo = {}
shared = [1]
a = copy.deepcopy([shared, shared], memo)
print(a[0] is a[1], id(shared) in memo)
print(copy.deepcopy(deque([1, [2]], maxlen=4)), copy.deepcopy(defaultdict(list, k=[1])), copy.copy(OrderedDict(b=1, a=2)),
      copy.deepcopy(Counter('aab')), copy.deepcopy(namedtuple('P', 'x y')(1, [2])))
class L(list):
    pass
ll = L([1, [2]]); ll.tag = 'kept'
lc = copy.deepcopy(ll)
print(type(lc).__name__, lc, lc.tag, lc[1] is ll[1], copy.copy(ll)[1] is ll[1])
print(copy.copy(len) is len, copy.deepcopy(Node) is Node, copy.deepcopy(print) is print, copy.copy(3.5), copy.deepcopy('s'))
print(copy.copy(set([1, 2])), copy.deepcopy(frozenset([3])), copy.copy({1: 2}), copy.deepcopy(range(3)))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
