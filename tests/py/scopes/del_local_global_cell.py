# del removes a binding: a local, a global (through global), a module name, and a cell variable
g = 'global g'
def del_local():
    x = 1
    del x
    return 'x' in dir()
print(del_local())
def del_global():
    global g
    del g
del_global()
try:
    g
except NameError as e:
    print('NameError:', e)
m = 'module'
del m
print('m' in globals())
def del_cell():
    c = 'cell value'
    def read():
        return c
    before = read()
    del c
    try:
        read()
    except NameError as e:
        return before, type(e).__name__, str(e)
print(del_cell())
def rebind_after_del():
    y = 1
    del y
    y = 2
    return y
print(rebind_after_del())
