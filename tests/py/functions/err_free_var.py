# a closure reading an enclosing variable before it is assigned raises NameError about a free variable
def outer():
    def inner():
        return total_so_far
    print('calling inner before value exists')
    result = inner()
    total_so_far = 1
    return result
outer()
