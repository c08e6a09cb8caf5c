# raise from inside a handler: the explicit cause is printed, the implicit context is not
def step():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            int('x')
        except ValueError as inner:
            raise RuntimeError('step failed') from inner
step()
