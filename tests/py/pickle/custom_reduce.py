# a class's own say: __reduce__, __getstate__/__setstate__, __getnewargs__, list and dict subclasses
import pickle
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __reduce__(self):
        return (Temperature, (self.celsius,))
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.cache = {'expensive': list(range(3))}
    def __getstate__(self):
        state = dict(vars(self))
        del state['cache']
        return state
    def __setstate__(self, state):
        vars(self).update(state)
        self.cache = 'rebuilt'
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __getnewargs__(self):
        return tuple(self)
class Stack(list):
    pass
class Registry(dict):
    pass
class Name(str):
    pass
class Big(int):
    pass
s = Stack([1, 2, 3])
s.label = 'top'
r = Registry(a=1, b=2)
for v in [Temperature(21.5), Account('ann'), Pair(1, 2), s, r, Name('nm'), Big(7), Stack(), Registry()]:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    print(type(v).__name__, data)
    print('   ', type(back).__name__, getattr(back, '__dict__', None) or back,
          list(back) if isinstance(back, (list, tuple)) else '', dict(back) if isinstance(back, dict) else '')
class Reduced:
    def __reduce__(self):
        return (sorted, ([3, 1, 2],))
print(pickle.dumps(Reduced()), pickle.loads(pickle.dumps(Reduced())))
class WithState:
    def __reduce__(self):
        return (WithState, (), {'restored': True}, iter([]), None)
w = pickle.loads(pickle.dumps(WithState()))
print(pickle.dumps(WithState()), type(w).__name__, w.restored)
class Named:
    def __reduce__(self):
        return 'SINGLETON'
SINGLETON = Named()
print(pickle.dumps(SINGLETON), pickle.loads(pickle.dumps(SINGLETON)) is SINGLETON)
