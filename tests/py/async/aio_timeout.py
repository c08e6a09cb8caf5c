# asyncio.timeout (3.11): the body is cancelled at the deadline and TimeoutError comes out
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print("expired yet?", cm.expired())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__, cm.expired())

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("in time; expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("the body sees CancelledError")
            raise
    print("unreachable")

async def outer():
    try:
        await main()
    except TimeoutError:
        print("rescheduled deadline passed")
    t = asyncio.timeout(5)
    print(repr(t))
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1) as late:
        try:
            await asyncio.sleep(0.5)
        except asyncio.CancelledError:
            print("past deadline: cancelled at once")
            raise
    print("unreachable too")

try:
    asyncio.run(outer())
except TimeoutError:
    print("timeout_at in the past")
