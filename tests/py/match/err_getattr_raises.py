# an exception other than AttributeError from an attribute lookup propagates
class Weird:
    @property
    def x(self):
        raise KeyError("from the property")

def f(w):
    match w:
        case Weird(x=1):
            return "one"
    return "none"

try:
    f(Weird())
except KeyError as e:
    print("KeyError", e)

class Quiet:
    @property
    def x(self):
        raise AttributeError("no x")
print(f.__name__, "Quiet:", end=" ")
match Quiet():
    case Quiet(x=_):
        print("matched")
    case _:
        print("no match: AttributeError means missing")
f(Weird())
