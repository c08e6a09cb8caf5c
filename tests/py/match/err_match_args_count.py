# more positional sub-patterns than __match_args__ names: TypeError
class C:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1

match C():
    case C(1, 2):
        print("no")
