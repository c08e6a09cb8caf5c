# the loop's exception handler hears of a callback that raised
import asyncio

def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], repr(context["exception"]), type(context["handle"]).__name__)

def bad_callback():
    raise ZeroDivisionError("in a callback")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.001)
    print("the loop goes on")
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
