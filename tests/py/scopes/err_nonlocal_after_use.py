# a nonlocal declaration after the name was used in the same function
def outer():
    x = 1
    def inner():
        print(x)
        nonlocal x
        x = 2
    return inner
