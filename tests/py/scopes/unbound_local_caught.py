# UnboundLocalError in several forms, caught: its message, its class (a NameError subclass), and the cases that do work
x = 'global'
def read_then_assign():
    print(x)
    x = 1
def del_then_read():
    y = 1
    del y
    return y
def assign_in_except():
    try:
        pass
    except Exception:
        x = 2
    return x
def import_makes_local():
    print(math)
    import math
import math
for f in [read_then_assign, del_then_read, assign_in_except, import_makes_local]:
    try:
        f()
    except UnboundLocalError as e:
        print(f.__name__.ljust(20), type(e).__name__, isinstance(e, NameError), '|', e)
