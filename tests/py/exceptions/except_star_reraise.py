# what the clauses leave: the unhandled rest, re-raised parts in the original
# shape, and new exceptions grouped with them in ExceptionGroup('')
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e))
        print("  context:", repr(e.__context__))
def rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3)])])
    except* ValueError:
        raise
def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
def raise_only_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("alone")
def both_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError as e:
        raise RuntimeError("from handler") from e
for f in [rest, reraise, raise_new, raise_only_new, both_clauses]:
    print(f.__name__)
    show(f)
