# return inside except* is reported at its value, as CPython does
def f():
    try:
        pass
    except* ValueError:
        return 1 + 2
