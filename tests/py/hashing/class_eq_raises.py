# an exception raised by a key's __eq__ during a lookup propagates out of d[k], `in`, get, set operations
class Boom(Exception):
    pass


class K:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise Boom('eq of ' + self.name)


a = K('a')
d = {a: 1}
print(d[a], a in d, d.get(a))
for op in ['getitem', 'in', 'get', 'setitem', 'pop', 'set add', 'set in']:
    b = K('b')
    try:
        if op == 'getitem':
            d[b]
        elif op == 'in':
            b in d
        elif op == 'get':
            d.get(b)
        elif op == 'setitem':
            d[b] = 2
        elif op == 'pop':
            d.pop(b)
        elif op == 'set add':
            s = {a}
            s.add(b)
        else:
            b in {a}
        print(op, 'no error')
    except Boom as e:
        print(op, 'Boom:', e)
print(len(d), d[a])
