# async with on the loop: class-based managers, @asynccontextmanager, aclosing, suppression
import asyncio
import contextlib

class Resource:
    def __init__(self, name, log, suppress=False):
        self.name, self.log, self.suppress = name, log, suppress
    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append(f"open {self.name}")
        return self
    async def __aexit__(self, typ, val, tb):
        await asyncio.sleep(0)
        self.log.append(f"close {self.name} {typ.__name__ if typ else None}")
        return self.suppress

@contextlib.asynccontextmanager
async def managed(name, log):
    log.append(f"setup {name}")
    try:
        await asyncio.sleep(0)
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"teardown {name}")

async def numbers(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("numbers closed")

async def main():
    log = []
    async with Resource("a", log) as a, Resource("b", log) as b:
        log.append(f"body {a.name}{b.name}")
    print(log)
    log = []
    try:
        async with Resource("c", log):
            raise ValueError("inside")
    except ValueError as e:
        log.append(f"escaped {e}")
    async with Resource("d", log, suppress=True):
        raise ValueError("swallowed")
    print(log)
    log = []
    async with managed("m", log) as v:
        log.append(f"got {v}")
    async with managed("k", log):
        raise KeyError("key")
    try:
        async with managed("z", log):
            raise IndexError("idx")
    except IndexError:
        log.append("IndexError went on")
    print(log)
    log = []
    async with contextlib.aclosing(numbers(log)) as it:
        async for n in it:
            if n == 2:
                break
    print(log)
    async with contextlib.nullcontext(5) as five:
        print("nullcontext", five)
    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with Resource("sync", log):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
