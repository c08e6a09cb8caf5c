# names used only in annotations are uses of the scope that evaluates them:
# a def's annotations belong to the enclosing function, so a local used there
# by a nested def's annotation becomes a cell of the enclosing function
def outer():
    T = int
    R = str
    def inner(a: T) -> R:
        pass
    return inner
fn = outer()
print(outer.__code__.co_cellvars, outer.__code__.co_varnames, fn.__annotations__)
def outer2():
    T = float
    def middle():
        def inner(a: T): pass
        return inner
    return middle
m = outer2()
print(outer2.__code__.co_cellvars, m.__code__.co_freevars, m().__annotations__)
def outer3():
    T = bytes
    class K:
        attr: T
        def meth(self, x: T) -> T: pass
    return K
K = outer3()
print(outer3.__code__.co_cellvars, K.__annotations__, K.meth.__annotations__)
def outer4():
    U = list
    def inner():
        local: U
    return inner
print(outer4.__code__.co_cellvars, outer4().__code__.co_freevars)
class Scope:
    Alias = dict
    def meth(self, x: Alias) -> Alias: pass
    field: Alias
print(Scope.meth.__annotations__, Scope.__annotations__)
