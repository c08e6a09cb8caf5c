# LEGB: local, enclosing, global, built-in; a global can shadow a built-in, and del restores it
x = 'global'
def f():
    x = 'local'
    return x
def g():
    return x
def h():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(f(), g(), h())
def uses_len():
    return len('abc')
print(uses_len())
len = lambda s: 'shadowed!'
print(uses_len())
del len
print(uses_len())
def params_are_local(x):
    x = x + '!'
    return x
print(params_are_local('arg'), x)
def nested_levels():
    a = 1
    def l2():
        b = 2
        def l3():
            return a + b
        return l3()
    return l2()
print(nested_levels())
