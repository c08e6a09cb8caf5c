# a complex literal pattern needs a real part first: CPython's SyntaxError
def f(x):
    match x:
        case 1j + 2j:
            return 'never'
print(f(3j))
