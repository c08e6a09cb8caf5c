# a nonlocal declaration after the name was assigned in the same function
def outer():
    total = 0
    def add(n):
        total = n
        nonlocal total
    return add
