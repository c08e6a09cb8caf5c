# assigning a name anywhere in a function makes it local everywhere in it: reading it first is an UnboundLocalError, even with a global of that name
x = 10
def f():
    print('global x is', globals_view)
    print(x)
    x = 5
globals_view = x
f()
