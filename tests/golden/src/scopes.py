# Every way a name can be stored, in one small program: --dis shows the
# instruction the compiler chose for each (LOAD_FAST, LOAD_DEREF,
# LOAD_GLOBAL, LOAD_NAME).
counter = 0


def outer(step):
    total = 0               # a cell: inner() captures it

    def inner(x):
        nonlocal total      # free in inner, cell in outer
        global counter      # declared global
        counter += 1
        total += x * step   # step: free (captured from outer)
        return len(str(total))   # len, str: global-implicit, found in builtins

    inner(2)
    return total


print(outer(3), counter)
