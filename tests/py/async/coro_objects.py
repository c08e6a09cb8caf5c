# coroutine objects: type, names, attributes, send/close/throw, errors when misused
async def f(x=1):
    return x

c = f()
print(type(c), type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name, c.cr_origin)
print(c.send.__doc__)
try:
    iter(c)
except TypeError as e:
    print(e)
try:
    for x in f():
        pass
except TypeError as e:
    print(e)
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def g():
    await 3
try:
    g().send(None)
except TypeError as e:
    print(e)

class A:
    def __await__(self):
        return 5
async def h():
    await A()
try:
    h().send(None)
except TypeError as e:
    print(e)

w = f(7).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)

cc = f()
cc.close()
try:
    cc.send(None)
except RuntimeError as e:
    print(e)

d = f()
try:
    d.throw(ValueError("v"))
except ValueError as e:
    print("thrown", e)

n = f()
try:
    n.send(5)
except TypeError as e:
    print(e)
n.close()

class Outer:
    async def meth(self):
        return "m"
o = Outer().meth()
print(o.__qualname__)
try:
    o.send(None)
except StopIteration as e:
    print(e.value)
