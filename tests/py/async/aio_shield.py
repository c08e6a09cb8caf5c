# shield: cancelling the waiter does not cancel the shielded task
import asyncio

async def important(log):
    await asyncio.sleep(0.02)
    log.append("important finished")
    return "saved"

async def main():
    log = []
    inner = asyncio.create_task(important(log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.005)
    except TimeoutError:
        print("the wait timed out; inner cancelled?", inner.cancelled())
    print(await inner, log)
    done = asyncio.create_task(important(log))
    await done
    print(asyncio.shield(done) is done)

asyncio.run(main())
