# x += 1 inside a function assigns x, so x is local and reading it first fails
counter = 0
def increment():
    counter += 1
    return counter
increment()
