# BaseExceptionGroup(msg, excs): the class it picks, and CPython's errors
print(type(BaseExceptionGroup("x", [ValueError(1)])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("x", (ValueError(1), SystemExit(2)))).__name__)
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
for args in [("x", 1), ("x", []), ("x", [1]), (1, [ValueError()]), ("x",),
             ("x", [ValueError()], 3), ("x", {ValueError(): 1})]:
    try:
        BaseExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup("x", [ValueError()], extra=1)
except TypeError as e:
    print(e)
eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__)
