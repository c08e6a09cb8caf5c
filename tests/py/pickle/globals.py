# classes and functions are pickled by name, and loads finds the very same object again
import pickle
def greet(name):
    return 'hi ' + name
class Point:
    pass
class Outer:
    class Inner:
        pass
    def method(self):
        return 1
for v in [greet, Point, Outer, Outer.Inner, Outer.method, len, print, int, dict, ValueError, type(None),
          Ellipsis, NotImplemented]:
    data = pickle.dumps(v)
    print(data)
    print('   ', pickle.loads(data) is v)
print(pickle.dumps([greet, Point, greet, Point]), pickle.loads(pickle.dumps(greet))('ann'))
print(pickle.dumps((int, str, int)), pickle.dumps([len, abs, max]))
print(pickle.dumps(greet, protocol=3), pickle.dumps(Outer.Inner, protocol=3))
print(pickle.loads(pickle.dumps(Outer.Inner, protocol=3)) is Outer.Inner)
