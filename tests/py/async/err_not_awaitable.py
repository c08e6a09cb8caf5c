# awaiting something that is not awaitable raises TypeError at run time
async def main():
    print("start")
    await 42

c = main()
c.send(None)
