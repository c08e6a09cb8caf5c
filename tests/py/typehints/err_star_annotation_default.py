# *args: *Ts (PEP 646) takes no default: the plain error at the =
def f(*args: *Ts = 1): pass
