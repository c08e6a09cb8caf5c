# with statements, including parenthesized with-items (3.10+)
with open(f) as fh:
    pass
with a, b:
    pass
with a as x, b as y:
    pass
with (a as x, b as y):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
with a as (x, y):
    pass
with a as b.c, d as e[0]:
    pass
