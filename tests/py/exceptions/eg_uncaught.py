# an uncaught group: CPython's boxes, nested groups and the members' tracebacks
def fail(exc):
    raise exc
def collect():
    errors = []
    for exc in [ValueError("one"), TypeError("two")]:
        try:
            fail(exc)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner", [KeyError("k"), ZeroDivisionError("zero")])
    errors.append(inner)
    eg = ExceptionGroup("many problems", errors)
    eg.add_note("a note\nover two lines")
    raise eg
print("before")
collect()
