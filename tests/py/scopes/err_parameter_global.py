# a parameter cannot be declared global
def f(limit):
    global limit
    return limit
