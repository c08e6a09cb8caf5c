# a global declaration after the name was assigned in the same function
x = 1
def f():
    x = 2
    global x
    return x
