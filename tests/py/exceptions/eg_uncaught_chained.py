# an uncaught group left by except*: members with their own chains
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
def g():
    try:
        f()
    except* ValueError:
        raise KeyError("from a handler")
    except* TypeError as e:
        raise RuntimeError("caused") from e
g()
