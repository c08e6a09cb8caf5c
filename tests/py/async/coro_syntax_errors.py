# what the compiler refuses around async/await, each caught from compile()
sources = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async with a:\n        pass",
    "def f():\n    async for i in a:\n        pass",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    return [i async for i in a]",
    "async def f():\n    lambda: await x",
    "async def f():\n    def g():\n        await x",
    "class C:\n    await x",
    "async def f():\n    x = [await y for y in z]\n    return x",
    "async def f():\n    return (i async for i in a)",
    "def f():\n    return (i async for i in a)",
    "async def f():\n    await = 1",
    "async = 1",
    "async def f():\n    async with a as b, c as d:\n        pass",
    "async def f():\n    yield\n    return",
    "async def f(): return [x for x in await y]",
    "def g():\n    [x async for x in y]",
    "async def f():\n    nonlocal x",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("ok:", src.replace("\n", " | "))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno, "|", src.replace("\n", " | "))
