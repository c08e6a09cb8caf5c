# x := v in a comprehension binds the global when the enclosing function declares x global (nested, set, genexpr too)
def f():
    global y
    r = [y := i for i in range(3)]
    return r
print(f(), y)
def g():
    global z
    r = {(z := i) for i in range(2)}
    g2 = list((z := j * 10) for j in range(2))
    return r, g2
print(g(), z)
w = 0
def h():
    global w
    [[w := a + b for a in range(2)] for b in range(3)]
print(h(), w)
def outer():
    v = 1
    def inner():
        nonlocal v
        [v := k for k in range(4)]
    inner()
    return v
print(outer())
[m := q for q in "ab"]
print(m)
