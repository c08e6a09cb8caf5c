# a chain of three exceptions: each raised while handling the previous one; three tracebacks
def first():
    return [][0]
def second():
    try:
        first()
    except IndexError:
        {}['missing']
def third():
    try:
        second()
    except KeyError:
        None.attribute
third()
