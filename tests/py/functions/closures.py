# closures capture variables, not values: a counter with nonlocal, independent closures, shared cells
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_pair():
    value = 'initial'
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set
get, set_ = make_pair()
print(get())
set_('changed')
print(get())
def outer():
    x = 'outer x'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def make_adder(n):
    def add(x):
        return x + n
    return add
adders = [make_adder(i) for i in range(3)]
print([a(10) for a in adders])
def late():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(late())
