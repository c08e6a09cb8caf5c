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
# built-ins bind keywords as CPython's Argument Clinic does: which mistake is named depends on the order of its checks
import gc, math, sys
cases = ['sum()', 'sum(foo=1)', 'sum([], start=1, foo=2)', 'sum(iterable=[])', 'sum([], 0, start=1)',
         'pow(1, foo=2)', 'pow(1, 2, base=3)', 'round(1.5, ndigits=2, x=3)', 'math.isclose(1)',
         'math.isclose(1, 2, 3)', 'math.isclose(1, 2, 3, 4, 5)', 'math.isclose(1, 2, rel_tol=1, abs_tol=2, x=3)',
         'math.prod()', 'math.prod([], 1)', 'math.prod(iterable=[])', 'math.prod([], start=1, x=2)',
         'exec()', "exec('1', {}, {}, {})", "exec(source='1')", "exec('1', closure=None, x=1)", 'eval()',
         "eval(source='1')", "eval('1', {}, {}, {})", "compile('a', 'b')", "__import__(foo=1)",
         "__import__('sys', globals=None, locals=None, fromlist=(), level=0, x=1)", 'open()', 'open(foo=1)',
         "open('x', 'r', -1, None, None, None, True, None, 1)", 'sys.set_int_max_str_digits(foo=1)',
         'sys.set_int_max_str_digits(maxdigits=1, x=2)', 'str(1, encoding="x", object=2)',
         'property(fget=None, fset=None, fdel=None, doc=None, x=1)', 'int(x=1)', "int('1', base=2, x=3)",
         'min(foo=1)', 'min([1], key=None, default=1, x=2)', 'max([1], x=2, key=None)', 'zip([], foo=1)',
         'zip(strict=1, foo=2)', 'print(a=1, b=2, c=3, d=4, e=5)', 'print(1, foo=2)', '[].sort(1, 2, 3)',
         '[].sort(key=1, reverse=2, foo=3)', 'sorted([], foo=1)', 'sorted(1, 2)', 'reversed()', 'super(1, 2, 3)',
         'gc.collect(generation=1, foo=2)', 'gc.get_objects(1, generation=2)', 'gc.set_threshold()',
         "''.split(1, 2, sep=3)", "''.split(a=1, b=2, c=3)", "''.splitlines(keepends=1, x=2)",
         'NameError("x", obj=1)', 'NameError(name=1, obj=2)', 'UnboundLocalError(foo=1)',
         'AttributeError(name=1, obj=2, x=3)', 'ModuleNotFoundError(foo=1)', 'ValueError(foo=1)',
         'enumerate()', 'enumerate(foo=1)', 'enumerate(start=1)', 'enumerate([], iterable=1)',
         'enumerate(start=3, foo=[1])', 'enumerate([], 1, x=2)', 'enumerate(a=1, b=2, c=3)',
         'object.__init_subclass__(1)', 'set().copy(1)', 'frozenset().issubset()', 'sys.getrecursionlimit(1)',
         'sys.getrefcount()', 'sys.intern(x=1)']
for src in cases:
    try:
        eval(src)
        print(src, 'no error')
    except Exception as e:
        print(src, type(e).__name__ + ':', e)
print(list(enumerate(start=3, iterable='ab')), AttributeError(name='n', obj=1).obj, ImportError('m', path='p').path)
