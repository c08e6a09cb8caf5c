# cancellation passes down a chain of awaits; finally blocks may still await
import asyncio

async def leaf(log):
    try:
        await asyncio.sleep(1)
    finally:
        log.append("leaf finally")
        await asyncio.sleep(0)
        log.append("leaf cleanup awaited")

async def middle(log):
    try:
        await leaf(log)
    except asyncio.CancelledError:
        log.append("middle saw CancelledError")
        raise

async def awaiting_task(inner, log):
    try:
        await inner
    except asyncio.CancelledError:
        log.append("outer task cancelled")
        raise

async def main():
    log = []
    t = asyncio.create_task(middle(log))
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw it")
    print(log)

    log = []
    inner = asyncio.create_task(leaf(log))
    outer = asyncio.create_task(awaiting_task(inner, log))
    await asyncio.sleep(0.001)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print(log, "inner cancelled too:", inner.cancelled())

    log = []
    g = asyncio.gather(leaf(log), leaf(log))
    await asyncio.sleep(0.001)
    print("gather cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", log)
    results = await asyncio.gather(asyncio.sleep(0, "ok"), return_exceptions=True)
    print(results)

    async def canceller(target):
        target.cancel()
        return "cancelled the other"
    victim = asyncio.create_task(asyncio.sleep(1))
    print(await canceller(victim))
    print(await asyncio.gather(victim, return_exceptions=True))

asyncio.run(main())
