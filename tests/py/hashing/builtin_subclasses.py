# subclasses of int, str and tuple keep the base hash, so they find the base's keys and vice versa
class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


print(hash(MyInt(5)) == hash(5), hash(MyStr('abc')) == hash('abc'), hash(MyTuple((1, 2))) == hash((1, 2)))
print(hash(MyInt(-1)), hash(MyStr('abc')), hash(MyTuple((1, 2))))
d = {5: 'int', 'abc': 'str', (1, 2): 'tuple'}
print(d[MyInt(5)], d[MyStr('abc')], d[MyTuple((1, 2))])
e = {MyInt(5): 'sub'}
e[5] = 'base'
print(e, type(list(e)[0]).__name__)


class HashedStr(str):
    def __hash__(self):
        return 1


print(hash(HashedStr('x')), HashedStr('x') == 'x', HashedStr('x') in {'x': 1}, 'x' in {HashedStr('x'): 1})
