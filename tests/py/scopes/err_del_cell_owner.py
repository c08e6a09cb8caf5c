# the function that owns a cell reads it after del: the message says local variable
def outer():
    v = 1
    f = lambda: v
    del v
    return v
print(outer.__name__)
outer()
