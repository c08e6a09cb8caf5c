# Task.cancel: CancelledError thrown in at the await; caught, cleaned up or not
import asyncio

async def worker(log):
    try:
        log.append("worker waits")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f"worker cancelled {e.args}")
        raise
    finally:
        log.append("worker cleanup")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "ignored the cancel"

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting it raised CancelledError", e.args)
    print(log, t.cancelled(), t.done())
    print("cancel again ->", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    t = asyncio.create_task(worker([]))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("with message:", e.args)

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print("stubborn:", await s, s.cancelled(), s.cancelling(), s.uncancel())

    early = asyncio.create_task(stubborn())
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before it started:", early.cancelled())
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
