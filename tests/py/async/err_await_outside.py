# 'await' in a plain function is a SyntaxError at compile time
async def ok():
    return 1

def not_async():
    return await ok()
