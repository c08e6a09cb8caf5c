# sys._getframe(depth): the frame object of a running function, with its
# code, globals, locals (a snapshot for a function, the namespace for a
# module), the line it is at, and its caller (f_back); a frame that
# outlived its call keeps its last line and its locals. Too deep:
# ValueError.
import sys


def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    print(fr.f_code.co_name, sorted(fr.f_locals), fr.f_globals is globals())
    print(fr.f_back.f_code.co_name, fr.f_back.f_lineno, sys._getframe(1) is fr.f_back)
    return fr


fr = f(1)
print(fr.f_lineno, sorted(fr.f_locals.items())[:3])
print(sys._getframe().f_back, sys._getframe().f_lineno)
print(sys._getframe().f_locals is globals())
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)


def g():
    def inner():
        return sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name
    return inner()


print(g())
print(repr(sys._getframe()).split(",")[2:])


def where():
    caller = sys._getframe(1)
    return f"{caller.f_code.co_name}:{caller.f_lineno}"


print(where(), [where() for _ in range(1)])
