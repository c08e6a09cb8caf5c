# error messages of calls: argument counts, keywords, not callable, for functions, methods, lambdas and builtins
def two(a, b): pass
def defaults(a, b=1, *, c): pass
def kwonly(*, key): pass
def posonly(a, b, /): pass
class K:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
f = lambda x: x
n, s, none, lst = 5, 'str', None, [1]
cases = [
    lambda: two(1), lambda: two(1, 2, 3), lambda: two(), lambda: two(1, b=2, c=3),
    lambda: two(1, a=1), lambda: defaults(), lambda: defaults(1), lambda: kwonly(1),
    lambda: kwonly(), lambda: K().m(), lambda: K().m(1, 2), lambda: K.m(1), lambda: K.s(),
    lambda: K.c(1, 2), lambda: f(), lambda: f(1, 2), lambda: len(), lambda: len(1, 2),
    lambda: len(5), lambda: abs('x'), lambda: n(), lambda: s(), lambda: none(),
    lambda: lst(0), lambda: K()(), lambda: int('1', 2, 3), lambda: max(), lambda: min([]),
    lambda: sorted(1), lambda: divmod(1), lambda: isinstance(1, 2), lambda: print(sep=1),
    lambda: range(1.5), lambda: range(), lambda: chr('a'), lambda: ord('ab'),
    lambda: two(**{'a': 1}, **{'a': 2}), lambda: dict(a=1, **{'a': 2}), lambda: posonly(a=1, b=2),
    lambda: posonly(1, b=2),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
