# nonlocal binds to the nearest enclosing function that has the name, skipping levels that do not
def level1():
    a = 'a1'
    b = 'b1'
    def level2():
        b = 'b2'
        def level3():
            nonlocal a, b
            a = 'a set by level3'
            b = 'b set by level3'
        level3()
        return b
    r = level2()
    return a, b, r
print(level1())
def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner(); inner()
    middle()
    return x
print(outer())
