# a cell is shared between the defining function and every closure over it: changes on either side are seen by all
def outer():
    shared = []
    value = 'first'
    def add(x):
        shared.append(x)
    def get():
        return value
    def show():
        return list(shared), value
    add(1)
    value = 'second'
    add(2)
    return add, get, show
add, get, show = outer()
add(3)
print(get(), show())
def pair():
    v = 0
    def setter(x):
        nonlocal v
        v = x
    def getter():
        return v
    return setter, getter
s, g = pair()
s('set through one closure')
print(g())
s2, g2 = pair()
print(g2(), g())
