# The jumps of --dis, told as python3 -m dis (3.11) tells them (issue 16):
# arguments are distances from the next instruction, names say the direction.
def loops(n, items):
    while n > 0:                 # test at the top, and again at the end
        n -= 1
        if n == 3:
            continue
    while True:                  # folded: a NOP, then the body is the loop
        if n > 5:
            break
        n += 1
    while False:                 # folded away: a NOP
        n = 0
    for x in items:
        if x is None:
            break
    else:
        n = -1
    return [y for y in items if y]   # the filter jumps back to FOR_ITER


def conditions(a, b, c):
    if True:
        a = 1
    if a and b or c:
        return a if b else c
    x = a and b
    y = a or c
    assert x, y
    return x


def delegate(it):
    r = yield from it
    return r
