# current_task, all_tasks, task names and coroutines
import asyncio

async def child(n):
    me = asyncio.current_task()
    await asyncio.sleep(0)
    return me.get_name(), n

async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__qualname__, me.done())
    ts = [asyncio.create_task(child(i)) for i in range(3)]
    ts.append(asyncio.create_task(child(9), name="named"))
    ts[0].set_name("renamed")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*ts))
    print(len(asyncio.all_tasks()), asyncio.all_tasks() == {me})
    print(asyncio.current_task() is me)
    t = asyncio.create_task(child(0), name=123)
    print(repr(t.get_name()))
    await t
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)

try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())
