# an async generator cannot return a value
async def agen():
    yield 1
    return 2
