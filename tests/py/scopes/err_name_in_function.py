# a misspelled enclosing variable: NameError without a suggestion (CPython 3.11 suggests only from the frame's locals, globals and builtins)
def outer():
    counter = 0
    def inner():
        return countr + 1
    return inner()
outer()
