# nonlocal increment of a variable deleted in the enclosing scope fails at run time
def outer():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    print(bump())
    del n
    bump()
outer()
