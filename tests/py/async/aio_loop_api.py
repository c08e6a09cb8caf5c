# the loop by hand: call_soon order, call_later, call_at, run_until_complete, stop, close
import asyncio

loop = asyncio.new_event_loop()
log = []
loop.call_soon(log.append, "soon 1")
# (far enough apart that a loaded machine, or a narrated run, between the
# two calls cannot swap their deadlines)
loop.call_later(0.2, log.append, "later 0.2")
loop.call_at(loop.time() + 0.01, log.append, "at +0.01")
h = loop.call_later(0.005, log.append, "cancelled timer")
h.cancel()
loop.call_soon(log.append, "soon 2")
print(h.cancelled(), loop.is_running(), loop.is_closed())

async def main():
    await asyncio.sleep(0.03)
    return "done"

print(loop.run_until_complete(main()))
print(log)
loop.call_soon(loop.stop)
loop.run_forever()
print("run_forever returned after stop()")
fut = loop.create_future()
loop.call_later(0.001, fut.set_result, "from a timer")
print(loop.run_until_complete(fut))
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
c = main()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
loop.close()

loop2 = asyncio.new_event_loop()
async def inner():
    try:
        loop2.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    return 1
coro = asyncio.sleep(0)
print(loop2.run_until_complete(inner()))
loop2.close()
coro.close()
