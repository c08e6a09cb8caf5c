# a task that failed and was never awaited: "Task exception was never retrieved", with its traceback
import asyncio
async def f():
    raise ValueError("lost")
async def main():
    t = asyncio.create_task(f())
    await asyncio.sleep(0.01)
    print("dropping the task")
    del t
    print("dropped")
asyncio.run(main())
print("end")

async def handled():
    t = asyncio.create_task(f())
    await asyncio.sleep(0)
    print("retrieved:", repr(t.exception()))
asyncio.run(handled())
print("no report for a retrieved exception")
