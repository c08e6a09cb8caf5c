# "is" / "is not" with a literal: a SyntaxWarning at compile time, each time CPython compiles the comparison
x = 1
if False:
    print(x is 1)
while False:
    x is 2
def f():
    return 0
    x is 3
if (x is
      4): pass
if (x
    is 5 < 6): pass
y = (x
     is 7 < 8)
exec("print(x is 9)")
compile("x is 10\nx is not 11", "<s>", "exec")

class C:
    z = x is 13
assert x is not 14
print(x is 1, x is not 1, 1 is x, x is "a", x is (), x is None, x is ..., x is True, x is (1,2), x is -1, x is b"", x is 1.5, x is [])
if x is\
 2: pass
try:
    pass
finally:
    print(x is 1)
assert x is not 2, "m"
while x is 3: pass
print([y for y in [x] if y is 4])
print(x is None is 5)
print(f"{x is 6}")
lambda: x is 7
print(x is True, x is False, x is ..., x is None, x is -True, x is (None,))
with open(__file__) as fh: fh is 15
match x:
    case 1 if x is 16: pass
print("done")
