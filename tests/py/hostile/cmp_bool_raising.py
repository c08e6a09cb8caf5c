# __eq__ returning an object whose __bool__ raises or is not a bool: in, index, count, remove, == of lists and dict lookup propagate the error
class Weird:
    def __bool__(self):
        raise ZeroDivisionError('truth undefined')


class NotBool:
    def __bool__(self):
        return 'yes'


class Eq:
    def __init__(self, result):
        self.result = result

    def __eq__(self, other):
        return self.result

    def __hash__(self):
        return 1


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


w = Eq(Weird())
n = Eq(NotBool())
lst = [1, 2, 3]
attempt('in', lambda: w in lst)
attempt('index', lambda: lst.index(w))
attempt('count', lambda: lst.count(w))
attempt('remove', lambda: lst.remove(w))
attempt('list ==', lambda: [w] == [1])
attempt('tuple ==', lambda: (w,) == (1,))
attempt('not bool in', lambda: n in lst)
attempt('dict lookup', lambda: {1: 'x', Eq(Weird()): 'y'}[Eq(Weird())])
attempt('plain ==', lambda: type(w == 1).__name__)
attempt('if ==', lambda: 'yes' if w == 1 else 'no')
attempt('not', lambda: not (w == 1))
attempt('lst intact', lambda: lst)
