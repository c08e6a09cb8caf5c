# asyncio.wait: (done, pending) by FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.01), ("b", 0.1), ("c", 0.3)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.15)
    print("timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("all:", names(done), names(pending), [t.result() for t in ts])

    ts = [asyncio.create_task(job("x", 0.01, fail=True), name="x"),
          asyncio.create_task(job("y", 0.1), name="y")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending), repr(ts[0].exception()))
    await asyncio.wait(pending)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    for bad in ([], set()):
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when="SOMETIME")
    except ValueError as e:
        print("ValueError:", e)
    c = job("z", 0)
    try:
        await asyncio.wait(c)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()

asyncio.run(main())
