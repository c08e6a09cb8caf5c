# asyncio.Future: a result to come; its states, reprs, callbacks and errors
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.add_done_callback(lambda fut: print("callback sees", fut.result()))
    loop.call_later(0.01, f.set_result, 42)
    print(await f)
    print(repr(f))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0)

    g = loop.create_future()
    g.set_exception(ValueError("boom"))
    print(repr(g), repr(g.exception()))
    try:
        await g
    except ValueError as e:
        print("await raised", e)
    h = loop.create_future()
    print(h.cancel("why"), h.cancel(), repr(h), h.cancelled())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    k = loop.create_future()
    cb = lambda fut: None
    k.add_done_callback(cb)
    k.add_done_callback(cb)
    print(k.remove_done_callback(cb), k.remove_done_callback(cb))
    try:
        k.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    k.set_exception(KeyError)
    print(repr(k.exception()))
    print(asyncio.isfuture(k), asyncio.isfuture(42), k.get_loop() is loop)

asyncio.run(main())
