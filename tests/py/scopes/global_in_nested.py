# global in a nested function skips the enclosing function's local of the same name
x = 'module x'
def outer():
    x = 'outer local x'
    def inner():
        global x
        x = 'set by inner'
        return x
    r = inner()
    return x, r
print(outer())
print(x)
def outer2():
    global y
    y = 'outer2 global'
    def inner():
        return y          # no declaration needed to read: outer2 has no local y, so y is global here too
    return inner()
print(outer2(), y)
