# NameError at function level with no similar names, and names resolved from different scopes in one expression
a = 1
def f():
    b = 2
    def g():
        c = 3
        return a + b + c + len([1])
    return g()
print(f())
try:
    f.__name__ + undefined_xyz
except NameError as e:
    print(e)
