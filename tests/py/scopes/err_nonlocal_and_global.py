# one name cannot be both nonlocal and global in the same function
def outer():
    x = 1
    def inner():
        nonlocal x
        global x
    return inner
