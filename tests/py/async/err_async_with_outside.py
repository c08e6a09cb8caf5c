# 'async with' outside an async function is a SyntaxError
print("never printed")
def f(cm):
    async with cm:
        pass
