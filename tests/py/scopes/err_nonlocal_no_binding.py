# nonlocal naming a variable that no enclosing function defines is a SyntaxError at compile time
print('this line never runs: the whole file fails to compile')
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
