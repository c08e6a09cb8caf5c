# coroutines driven by hand: throw into an await, close with finally, the reuse errors
import types

@types.coroutine
def suspend(v):
    got = yield v
    return got

async def worker(log):
    try:
        x = await suspend("first")
        log.append(("got", x))
        y = await suspend("second")
        log.append(("got", y))
        return x + y
    except KeyError as e:
        log.append(("caught", e.args))
        return "recovered"
    finally:
        log.append("finally")

log = []
c = worker(log)
print(c.send(None), c.cr_running, type(c.cr_await).__name__)
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("returned", e.value, log)

log = []
c = worker(log)
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("throw ->", e.value, log)

log = []
c = worker(log)
c.send(None)
c.close()
print("closed", log, c.cr_frame)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def ignores_exit():
    try:
        await suspend(1)
    except GeneratorExit:
        await suspend(2)

c = ignores_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

async def simple():
    return 5
c = simple()
try:
    c.throw(ValueError)
except ValueError as e:
    print("throw before start:", repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def awaits_twice(coro):
    first = await coro
    try:
        await coro
    except RuntimeError as e:
        return first, str(e)
c = awaits_twice(simple())
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

async def recursive():
    await me
me = recursive()
try:
    me.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
