# int and float subclasses (and bool-like ints) are written with int.__repr__/float.__repr__, not their own __repr__; str subclasses as plain strings; list/tuple/dict subclasses as containers
import json
class MyInt(int):
    def __repr__(self): return "MyInt!"
    __str__ = __repr__
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
    __str__ = __repr__
class MyStr(str):
    def __repr__(self): return "MyStr!"
class MyList(list): pass
class MyDict(dict): pass
class MyTuple(tuple): pass
print(json.dumps([MyInt(7), MyFloat(2.5), MyStr("s"), MyList([1]), MyDict(a=1), MyTuple((2,))]))
print(json.dumps({MyInt(1): MyFloat(0.5), MyFloat(1.5): MyInt(2), MyStr("k"): 1}))
print(json.dumps(MyInt(3)), json.dumps(MyFloat(float('inf'))), json.dumps(MyStr("x")))
import collections
print(json.dumps(collections.OrderedDict([("b", 1), ("a", 2)])), json.dumps(collections.namedtuple("P", "x y")(1, 2)))
print(json.dumps(collections.Counter("aab")), json.dumps(collections.defaultdict(int, {"q": 1})))
