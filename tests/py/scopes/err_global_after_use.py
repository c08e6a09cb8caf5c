# a global declaration after the name was used in the same function
x = 1
def f():
    print(x)
    global x
