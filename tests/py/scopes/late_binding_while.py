# late binding with a while loop and with a variable changed after the closures were made: all closures share one cell
def make_all():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n * 10)
        n += 1
    before = [f() for f in fs]
    n = -1
    after = [f() for f in fs]
    return before, after
print(make_all())
