# calling the type of a singleton gives the singleton back; with an argument it ends the program with CPython's TypeError ("EllipsisType takes no arguments")
for obj in (None, NotImplemented, Ellipsis):
    print(repr(type(obj)()), type(obj)() is obj)
type(...)("again")
