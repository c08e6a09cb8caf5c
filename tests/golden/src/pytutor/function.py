# Python Tutor's FUNCTION: "name(params)" and the frame whose cells it
# captured; return values as __return__
def outer(n, *rest, k=1, **kw):
    def inner(x):
        return x + n
    return inner

f = outer(10)
print(f(5))
g = lambda a: a
print(g(1))
