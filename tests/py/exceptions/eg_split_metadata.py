# the parts of a split keep the traceback, cause, context and a copy of the notes
def make():
    try:
        raise KeyError("ctx")
    except KeyError:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from OSError("cause")
        except ExceptionGroup as e:
            return e
eg = make()
eg.add_note("note 1")
m, r = eg.split(ValueError)
for part in (m, r):
    print(repr(part), part.__traceback__ is eg.__traceback__)
    print(repr(part.__cause__), repr(part.__context__), part.__suppress_context__)
    print(part.__notes__, part.__notes__ is eg.__notes__)
m.add_note("only m")
print(eg.__notes__, m.__notes__, r.__notes__)
d = eg.derive([ZeroDivisionError()])
print(repr(d), d.__traceback__, d.__cause__)
