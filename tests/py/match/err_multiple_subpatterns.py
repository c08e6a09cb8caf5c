# a positional sub-pattern and a keyword one for the same attribute: TypeError
class C:
    __match_args__ = ("a",)
    a = 1

match C():
    case C(1, a=1):
        print("no")
