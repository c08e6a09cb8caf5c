# __match_args__ must be a tuple
class D:
    __match_args__ = ["a"]
    a = 1

match D():
    case D(x):
        print(x)
