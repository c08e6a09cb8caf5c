# mixing except and except* on one try is a SyntaxError
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
