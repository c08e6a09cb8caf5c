# 'yield from' is not allowed inside an async function
async def f(it):
    yield from it
