# a naked exception is matched as ExceptionGroup('', [e]); unmatched it goes on unchanged
try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e), repr(e.exceptions[0]))
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not run")
except KeyError as e:
    print("plain KeyError", repr(e))
try:
    try:
        raise TypeError("t")
    except* TypeError:
        raise
except TypeError as e:
    print("re-raised naked", repr(e))
except ExceptionGroup as e:
    print("group", repr(e))
