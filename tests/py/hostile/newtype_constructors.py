# the internal types CPython lets a program construct (function, method, cell, module, code, traceback, TextIOWrapper): their own constructors with CPython's checks and messages, not object's zeroed object
import sys


def call(label, thunk):
    try:
        r = thunk()
        if type(r) in (int, str, tuple, list, dict, bool, type(None)):
            print(label, "->", repr(r))
        else:
            print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def add(a, b=2):
    return a + b


def outer():
    x = 10

    def inner(y=1):
        return x + y
    return inner


inner = outer()
FunctionType = type(add)
CodeType = type(add.__code__)
MethodType = type(add.__get__(1))
CellType = type(inner.__closure__[0])
ModuleType = type(sys)
TextIOWrapper = type(sys.stdout)
try:
    raise KeyError("k")
except KeyError as e:
    TracebackType = type(e.__traceback__)

print("== function(code, globals, name=None, argdefs=None, closure=None)")
g = {"__name__": "made"}
for label, thunk in [
        ("function()", lambda: FunctionType()),
        ("function(1)", lambda: FunctionType(1)),
        ("function(1, 2)", lambda: FunctionType(1, 2)),
        ("function(None, {})", lambda: FunctionType(None, {})),
        ("function(code)", lambda: FunctionType(add.__code__)),
        ("function(code, 1)", lambda: FunctionType(add.__code__, 1)),
        ("function(code, None)", lambda: FunctionType(add.__code__, None)),
        ("function(code, {}, 1)", lambda: FunctionType(add.__code__, {}, 1)),
        ("function(code, {}, None, [1])", lambda: FunctionType(add.__code__, {}, None, [1])),
        ("function(code, {}, None, None, 1)", lambda: FunctionType(add.__code__, {}, None, None, 1)),
        ("function(code, {}, None, None, ())", lambda: FunctionType(add.__code__, {}, None, None, ())),
        ("function(inner, {})", lambda: FunctionType(inner.__code__, {})),
        ("function(inner, {}, None, None, None)", lambda: FunctionType(inner.__code__, {}, None, None, None)),
        ("function(inner, {}, closure=())", lambda: FunctionType(inner.__code__, {}, closure=())),
        ("function(inner, {}, closure=(1,))", lambda: FunctionType(inner.__code__, {}, closure=(1,))),
        ("function(inner, {}, closure=(c, c))", lambda: FunctionType(inner.__code__, {}, closure=inner.__closure__ * 2)),
        ("function(code=, globals=, x=1)", lambda: FunctionType(code=add.__code__, globals={}, x=1)),
        ("function(code, {}, code=)", lambda: FunctionType(add.__code__, {}, code=add.__code__)),
        ("function(*6)", lambda: FunctionType(add.__code__, {}, None, None, None, 6)),
        ]:
    call(label, thunk)

f = FunctionType(add.__code__, g)
print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__closure__, f.__globals__ is g)
call("f(1)", lambda: f(1))
call("f(1, 5)", lambda: f(1, 5))
f2 = FunctionType(add.__code__, g, "plus", (40,))
print(f2.__name__, f2.__qualname__, f2.__defaults__, f2(2))
cells = inner.__closure__
f3 = FunctionType(inner.__code__, {}, None, (5,), cells)
print(f3.__name__, f3.__qualname__, f3(), f3(1), f3.__closure__ is cells)
f4 = FunctionType(inner.__code__, {}, "empty", None, (CellType(),))
call("function with an empty cell ()", lambda: f4(1))
f5 = FunctionType(inner.__code__, {}, "other", (1,), (CellType(32),))
print(f5(), f5(10))
uses_global = FunctionType((lambda: missing_name + 1).__code__, {"missing_name": 41})
print(uses_global())
call("global not in these globals", lambda: FunctionType((lambda: missing_name).__code__, {})())
call("builtins from the interpreter", lambda: FunctionType((lambda: len("abc")).__code__, {})())


def gen(n):
    for i in range(n):
        yield i * i


print(list(FunctionType(gen.__code__, {})(4)))

print("== the code of a module or a class body runs with its globals as its namespace")
ns = {"__name__": "modlike"}
body = compile("x = 6\ny = x * 7\ndel x\nprint('module body ran', y)", "<made>", "exec")
print(FunctionType(body, ns)(), sorted(k for k in ns if not k.startswith("__")))


def make_class():
    class K:
        a = 1

        def m(self):
            return super().__repr__

        print("class body ran", a)
    return K


body = [c for c in make_class.__code__.co_consts if type(c) is CodeType][0]
ns = {"__name__": "classlike"}
r = FunctionType(body, ns)()
print(type(r).__name__, sorted(ns))

print("== method(function, instance)")
for label, thunk in [
        ("method()", lambda: MethodType()),
        ("method(add)", lambda: MethodType(add)),
        ("method(1, 2)", lambda: MethodType(1, 2)),
        ("method(add, None)", lambda: MethodType(add, None)),
        ("method(add, 1, 2)", lambda: MethodType(add, 1, 2)),
        ("method(add, x=1)", lambda: MethodType(add, x=1)),
        ("method(function=add, instance=1)", lambda: MethodType(function=add, instance=1)),
        ("method(add, 1)()", lambda: MethodType(add, 1)()),
        ("method(add, 1)(5)", lambda: MethodType(add, 1)(5)),
        ("method(len, 'abc')()", lambda: MethodType(len, "abc")()),
        ("method(add, 0).__self__", lambda: MethodType(add, 0).__self__),
        ("method(add, 0).__func__ is add", lambda: MethodType(add, 0).__func__ is add),
        ("method(add, 3) == method(add, 3)", lambda: MethodType(add, 3) == MethodType(add, 3)),
        ]:
    call(label, thunk)

print("== cell([contents])")
for label, thunk in [
        ("cell()", lambda: CellType()),
        ("cell().cell_contents", lambda: CellType().cell_contents),
        ("cell(5).cell_contents", lambda: CellType(5).cell_contents),
        ("cell(None).cell_contents", lambda: CellType(None).cell_contents),
        ("cell(1, 2)", lambda: CellType(1, 2)),
        ("cell(x=1)", lambda: CellType(x=1)),
        ("cell(1) == cell(1)", lambda: CellType(1) == CellType(1)),
        ("cell() < cell(1)", lambda: CellType() < CellType(1)),
        ]:
    call(label, thunk)
c = CellType()
c.cell_contents = [1]
print(c.cell_contents)
del c.cell_contents
call("emptied cell", lambda: c.cell_contents)

print("== module(name, doc=None)")
for label, thunk in [
        ("module()", lambda: ModuleType()),
        ("module(1)", lambda: ModuleType(1)),
        ("module(None)", lambda: ModuleType(None)),
        ("module('m', 'd', 3)", lambda: ModuleType("m", "d", 3)),
        ("module('m', x=1)", lambda: ModuleType("m", x=1)),
        ("module('m').__name__", lambda: ModuleType("m").__name__),
        ("module('m').__doc__", lambda: ModuleType("m").__doc__),
        ("module('m', 'text').__doc__", lambda: ModuleType("m", "text").__doc__),
        ("module(name='k', doc=3).__doc__", lambda: ModuleType(name="k", doc=3).__doc__),
        ]:
    call(label, thunk)


class MyModule(ModuleType):
    def hello(self):
        return "hello from " + self.__name__


m = MyModule("mine")
m.attr = 1
print(type(m).__name__, m.hello(), m.attr, isinstance(m, ModuleType))

print("== code(...) needs bytes, which it checks after the counts")
for label, thunk in [
        ("code()", lambda: CodeType()),
        ("code(*range(15))", lambda: CodeType(*range(15))),
        ("code(*range(19))", lambda: CodeType(*range(19))),
        ("code(a=1)", lambda: CodeType(a=1)),
        ("code(*['a'] * 16)", lambda: CodeType(*["a"] * 16)),
        ("code(1.5, *range(15))", lambda: CodeType(1.5, *range(15))),
        ("code(2 ** 40, *range(15))", lambda: CodeType(2 ** 40, *range(15))),
        ("code(*range(16))", lambda: CodeType(*range(16))),
        ("code(*range(6), 'x', *range(9))", lambda: CodeType(*range(6), "x", *range(9))),
        ("code(*range(6), None, *range(11))", lambda: CodeType(*range(6), None, *range(11))),
        ("code(-1, True, *range(16))", lambda: CodeType(-1, True, *range(16))),
        ]:
    call(label, thunk)

print("== TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)")
for label, thunk in [
        ("TracebackType()", lambda: TracebackType()),
        ("TracebackType(None, None, 0)", lambda: TracebackType(None, None, 0)),
        ("TracebackType(None, None, 0, 1)", lambda: TracebackType(None, None, 0, 1)),
        ("TracebackType(1, 2, 3, 4)", lambda: TracebackType(1, 2, 3, 4)),
        ("TracebackType(1, 2, 3, 4, 5)", lambda: TracebackType(1, 2, 3, 4, 5)),
        ("TracebackType(x=1)", lambda: TracebackType(x=1)),
        ("TracebackType(tb_next=None, tb_frame=1, tb_lasti=0, tb_lineno=0)",
         lambda: TracebackType(tb_next=None, tb_frame=1, tb_lasti=0, tb_lineno=0)),
        ]:
    call(label, thunk)

print("== TextIOWrapper(buffer, ...)")
for label, thunk in [
        ("TextIOWrapper()", lambda: TextIOWrapper()),
        ("TextIOWrapper(1)", lambda: TextIOWrapper(1)),
        ("TextIOWrapper(None)", lambda: TextIOWrapper(None)),
        ("TextIOWrapper(1, 2)", lambda: TextIOWrapper(1, 2)),
        ("TextIOWrapper(1, None, 2)", lambda: TextIOWrapper(1, None, 2)),
        ("TextIOWrapper(1, None, None, 2)", lambda: TextIOWrapper(1, None, None, 2)),
        ("TextIOWrapper(1, newline='x')", lambda: TextIOWrapper(1, newline="x")),
        ("TextIOWrapper(1, line_buffering='a')", lambda: TextIOWrapper(1, line_buffering="a")),
        ("TextIOWrapper(1, write_through=1.5)", lambda: TextIOWrapper(1, write_through=1.5)),
        ("TextIOWrapper(1, 'utf-8', 'strict', '\\n', True, False)",
         lambda: TextIOWrapper(1, "utf-8", "strict", "\n", True, False)),
        ("TextIOWrapper(1, 2, 3, 4, 5, 6, 7)", lambda: TextIOWrapper(1, 2, 3, 4, 5, 6, 7)),
        ("TextIOWrapper(buffer=1, foo=2)", lambda: TextIOWrapper(buffer=1, foo=2)),
        ("TextIOWrapper(object(), newline='')", lambda: TextIOWrapper(object(), newline="")),
        ]:
    call(label, thunk)

print("== a class derived from super is allocated at its own size")


class MySuper(super):
    pass


class Base:
    def who(self):
        return "Base"


class Child(Base):
    def who(self):
        return "Child"


s = MySuper(Child, Child())
s.note = "kept"
print(type(s).__name__, s.who(), s.note)
