# how call errors name the callee: module.qualname() for ** and * argument errors, the full list of positional-only names, builtin methods' __qualname__
import math
class K:
    def m(self, x): pass
    @classmethod
    def c(cls, x): pass
def two(a, b): pass
def kw(**k): return k
def outer():
    def inner(x): pass
    return inner
def posonly(a, b, /, c): pass
def posonly_kw(a, b, /, **kw): return kw
app = [].append
cases = [lambda: two(**{'a': 1}, **{'a': 2}), lambda: dict(a=1, **{'a': 2}), lambda: K().m(**{'x': 1}, **{'x': 2}),
         lambda: K.m(**{'x': 1}, **{'x': 2}), lambda: K.c(**{'x': 1}, **{'x': 2}), lambda: [].append(**{'a': 1}, **{'a': 2}),
         lambda: len(**{'a': 1}, **{'a': 2}), lambda: math.sqrt(**{'a': 1}, **{'a': 2}), lambda: two(a=1, **{'a': 2}),
         lambda: two(**{'a': 1}, a=2), lambda: outer()(**{'x': 1}, **{'x': 2}), lambda: kw(**{'a': 1}, **{'a': 2}),
         lambda: two(**{'b': 1}, **{'b': 2}, **{'a': 3}), lambda: K(**{'a': 1}, **{'a': 2}),
         lambda: two(**1), lambda: dict(**1), lambda: K().m(**[]), lambda: print(**None), lambda: kw(**{1: 2}),
         lambda: two(*1), lambda: two(1, *2), lambda: print(*5), lambda: dict(*None), lambda: two(*5, **{}),
         lambda: two(1, a=2), lambda: posonly(b=1, a=2, c=3), lambda: posonly(1, b=2, c=3), lambda: posonly(c=1, b=2),
         lambda: posonly(1, 2, 3, a=1), lambda: app(x=1), lambda: math.sqrt(x=1), lambda: len(x=1)]
for i, c in enumerate(cases):
    try:
        c()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
print(posonly_kw(1, 2, a=3, b=4))
print(kw(**{'a': 1}, b=2, **{'c': 3}))
for o in [[].append, app, {}.get, dict.fromkeys, ''.join, len, math.sqrt, K().m, K.c]:
    print(o.__qualname__, o.__module__)
