# a complex literal pattern needs an imaginary part second: CPython's SyntaxError
def f(x):
    match x:
        case -1 - 2:
            return 'never'
print(f(3))
