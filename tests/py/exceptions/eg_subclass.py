# a subclass: derive decides the class of the parts
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self
    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)
    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)
eg = MyGroup("mine", [ValueError(1), TypeError(2)], code=7)
print(type(eg).__name__, isinstance(eg, ExceptionGroup), eg.code, eg.args)
m, r = eg.split(ValueError)
print(type(m).__name__, m.code, repr(m.exceptions), type(r).__name__)
class Plain(BaseExceptionGroup):
    pass
p = Plain("plain", [ValueError(1), KeyboardInterrupt()])
print(type(p).__name__, type(p.subgroup(ValueError)).__name__)
try:
    class Bad(ExceptionGroup):
        pass
    Bad("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    raise MyGroup("raised", [KeyError("k"), ValueError(2)], code=3)
except* KeyError as e:
    print("caught", type(e).__name__, e.code, repr(e.exceptions))
except* ValueError as e:
    print("caught", type(e).__name__, e.code, repr(e.exceptions))
