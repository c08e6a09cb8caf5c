# an async comprehension in a plain function is a SyntaxError (an async generator expression is not)
def fine(agen):
    return (x async for x in agen)

def bad(agen):
    return [x async for x in agen]
