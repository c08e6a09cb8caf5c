# callable() on functions, classes, instances with and without __call__, methods, builtins and data
class WithCall:
    def __call__(self):
        return 'called'
class Without:
    pass
def f():
    pass
cases = [('function', f), ('lambda', lambda: 0), ('class', Without), ('instance', Without()),
         ('callable instance', WithCall()), ('bound method', WithCall().__call__),
         ('builtin', len), ('type', int), ('int', 3), ('str', 'abc'), ('list', []), ('None', None)]
for name, obj in cases:
    print(name.ljust(18), callable(obj))
