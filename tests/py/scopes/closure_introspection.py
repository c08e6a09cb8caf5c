# __closure__ holds the cells; cell_contents shows the captured value; __code__.co_freevars and co_cellvars name them
def outer(a, b):
    c = 'c'
    unused = 'not captured'
    def inner():
        return a, c
    return inner
f = outer(1, 2)
print(f.__code__.co_freevars, outer.__code__.co_cellvars)
print([cell.cell_contents for cell in f.__closure__])
print(f())
def no_closure():
    return 1
print(no_closure.__closure__, no_closure.__code__.co_freevars)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c.__closure__[0].cell_contents, c.__code__.co_freevars)
# exec() runs the code of a closure only with a tuple of cells for its free variables; eval() never does
code = f.__code__
exec(code, {}, None, closure=f.__closure__)
for call in [lambda: eval(code), lambda: exec(code), lambda: exec(code, closure=(1, 2)), lambda: exec('1', closure=()),
             lambda: exec(no_closure.__code__, closure=f.__closure__)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
