# function(code, globals, closure=...) checks the closure against the code's free variables: one cell too few ends the program with CPython's ValueError
def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


bump = counter()
make = type(bump)
again = make(bump.__code__, globals(), "again", None, bump.__closure__)
print(again(), again(), bump())
make(bump.__code__, globals(), "broken", None, ())
