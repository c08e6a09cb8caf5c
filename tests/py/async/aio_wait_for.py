# wait_for: a result in time, or TimeoutError and the awaited task cancelled
import asyncio

async def slow(log):
    try:
        await asyncio.sleep(1)
        return "slow result"
    except asyncio.CancelledError:
        log.append("slow was cancelled")
        raise

async def quick():
    await asyncio.sleep(0.001)
    return "quick result"

async def main():
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), None))
    log = []
    try:
        await asyncio.wait_for(slow(log), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, type(e.__cause__).__name__, log)
    print(asyncio.TimeoutError is TimeoutError)
    log = []
    t = asyncio.create_task(slow(log))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("zero timeout:", t.cancelled(), log)
    done = asyncio.create_task(quick())
    await asyncio.wait([done])     # finished, however slowly a narration makes the loop run
    print(await asyncio.wait_for(done, 0))

asyncio.run(main())
