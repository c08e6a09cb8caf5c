# global, nonlocal, del, return
def f():
    global a, b
    x = 1
    def g():
        nonlocal x
        x = 2
        return
    del x
    del a.b, c[0]
    del (d, e), [f]
    return x, g
