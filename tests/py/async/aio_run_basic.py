# asyncio.run: a new loop for one coroutine; its result; what it refuses
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def main():
    print("in main", asyncio.get_running_loop().is_running())
    x = await add(1, 2)
    t = asyncio.create_task(add(10, 20))
    print("task made, not started:", t.done())
    y = await t
    print("results", x, y, t.done(), t.result())
    try:
        asyncio.run(add(1, 1))
    except RuntimeError as e:
        print("nested:", e)
    return "main done"

print(asyncio.run(main()))
print(asyncio.run(add(3, 4)))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
c = add(1, 2)
try:
    asyncio.run(c)
    asyncio.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
