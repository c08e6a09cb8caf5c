# ZeroDivisionError raised two calls deep, after some output
def ratio(a, b):
    return a / b
def report(pairs):
    for a, b in pairs:
        print(a, b, ratio(a, b))
report([(1, 2), (3, 4), (5, 0), (7, 8)])
