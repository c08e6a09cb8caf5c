# async generator objects: asend, athrow, aclose, attributes, errors, by hand
import types

@types.coroutine
def pause(v):
    return (yield v)

def drive(aw, sends=()):
    """run an awaitable to its end; print what it hands up"""
    sends = list(sends)
    try:
        v = aw.send(None)
        while True:
            print("  up:", v)
            v = aw.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        got = yield 1
        print("  agen got", got)
        await pause("inner await")
        got = yield 2
        print("  agen got", got)
    except ValueError as e:
        print("  agen caught", e)
        yield "after throw"
    finally:
        print("  agen finally")

g = agen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_frame is not None, g.ag_await)
print(drive(g.__anext__()))
print(drive(g.asend("hello")))
print(drive(g.athrow(ValueError("v"))))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration at the end")
print(g.ag_frame)

g = agen()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.aclose()))
a = g.__anext__()
try:
    drive(a)
except StopAsyncIteration:
    print("closed generator: StopAsyncIteration")
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

g = agen()
try:
    drive(g.asend("x"))
except TypeError as e:
    print("TypeError:", e)

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
drive(g.__anext__())
try:
    drive(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

async def raises_stop():
    yield 1
    raise StopAsyncIteration
g = raises_stop()
drive(g.__anext__())
try:
    drive(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)

async def empty():
    return
    yield
try:
    drive(empty().__anext__())
except StopAsyncIteration:
    print("empty: StopAsyncIteration")
print(type(agen().__anext__()).__name__, type(agen().athrow(ValueError)).__name__)
print(agen().__aiter__().__class__ is types.AsyncGeneratorType)
