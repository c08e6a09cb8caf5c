# for targets, with ... as targets and augmented assignments all bind names in the current scope
def f():
    for a, (b, c) in [(1, (2, 3))]:
        pass
    class CM:
        def __enter__(self):
            return 'entered'
        def __exit__(self, *args):
            return False
    with CM() as w:
        pass
    total = 0
    for total in range(3):
        pass
    return sorted(k for k in locals() if k != 'CM'), a + b + c, w, total
print(f())
def star_targets():
    first, *rest = 'hello'
    [x, y] = (1, 2)
    return first, rest, x, y, sorted(locals())
print(star_targets())
