# get_event_loop, set_event_loop, new_event_loop, Runner
import asyncio

async def where():
    return asyncio.get_running_loop() is asyncio.get_event_loop()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(where()))
asyncio.set_event_loop(None)
loop.close()
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)

with asyncio.Runner() as runner:
    print(runner.run(where()))
    print(runner.run(asyncio.sleep(0, "second run, same loop")))
    print(runner.get_loop().is_closed())
print(runner.get_loop.__name__)
try:
    runner.run(where())
except RuntimeError as e:
    print("RuntimeError:", e)

async def show_loop_repr():
    loop = asyncio.get_running_loop()
    return loop.is_running(), loop.is_closed(), loop.get_debug()
print(asyncio.run(show_loop_repr()))
print(asyncio.run(show_loop_repr(), debug=True)[:2])
