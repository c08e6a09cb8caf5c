# an annotated assignment to a name declared global in the same function is a SyntaxError
limit = 10
def raise_limit():
    global limit
    limit: int = 20
