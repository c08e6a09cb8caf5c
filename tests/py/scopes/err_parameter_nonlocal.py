# a parameter cannot be declared nonlocal
def outer(n):
    def inner(n):
        nonlocal n
        return n
    return inner
