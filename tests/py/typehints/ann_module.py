# module-level annotations: SETUP_ANNOTATIONS, a simple name stores its
# annotation (with or without a value), a parenthesised name does not, and
# annotations inside if/for/while/with/try/match at top level count too
import sys
count = 0
def T(name):
    global count
    count += 1
    return name
x: T('x')
y: T('y') = 2
(z): T('z') = 3
(w): T('w')
if True:
    a: T('a')
for _ in range(2):
    b: T('b') = _
while count < 9:
    c: T('c')
try:
    d: T('d')
except Exception:
    pass
finally:
    e: T('e')
match 1:
    case 1:
        m: T('m')
print(__annotations__)
print(count, 'x' in globals(), y, z, b)
print(sys.modules[__name__].__annotations__ is __annotations__)
__annotations__['added'] = True
print(sorted(__annotations__))
