# "except E as e" binds e as a local and unbinds it at the end of the handler, so a later read is an UnboundLocalError
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print('inside:', e)
    try:
        return e
    except UnboundLocalError as err:
        return 'after the handler: ' + str(err)
print(f())
def keep():
    saved = None
    try:
        [][0]
    except IndexError as e:
        saved = e
    return repr(saved)
print(keep())
