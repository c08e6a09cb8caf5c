# inside a function an annotation is never evaluated (so an undefined name
# there is fine), yet `x: T` still makes x local; `(x): T` with no value
# does not bind x
def f():
    a: undefined_name
    b: also_undefined = 1
    c: 1 / 0 = 2
    return b + c
print(f())
g = 'global'
def uses_global():
    (g): int
    return g
print(uses_global())
def shadows():
    g: int
    return g
try:
    shadows()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def later():
    print(locals())
    n: int = 5
    print(locals())
later()
def outer():
    v = 'outer'
    def inner():
        v: int
        return 'inner ran'
    return inner()
print(outer())
