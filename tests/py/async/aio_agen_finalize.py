# an async generator left unfinished: the loop closes it (sys.set_asyncgen_hooks), its finally may await
import asyncio
async def gen(log):
    try:
        for i in range(5):
            yield i
    finally:
        log.append("finally runs")
        await asyncio.sleep(0)
        log.append("after await in finally")

async def main():
    log = []
    async for x in gen(log):
        if x == 1:
            break
    print("after break", log)
    await asyncio.sleep(0.01)
    print("later", log)
    g = gen(log)
    await anext(g)
    return log

log = asyncio.run(main())
print(log)
