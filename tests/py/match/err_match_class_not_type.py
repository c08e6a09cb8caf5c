# a class pattern whose name is not a class raises TypeError when that case is tried
def f(v):
    match v:
        case 1:
            return "one"
        case len():
            return "len?"

print(f(1))
f(2)
