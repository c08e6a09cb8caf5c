# type(name, bases, ns) takes __module__ from the code that called it (here
# __main__), as the class statement does.
X = type('X', (), {})
print(X, X.__module__)
def mk(): return type('Y', (), {})
print(mk())
class M(type):
    def __new__(m, n, b, ns): return super().__new__(m, n, b, ns)
print(M('Z', (), {}))
