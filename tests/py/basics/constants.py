# None/True/False, comments, semicolons, pass and several statements on one line
x = None  # a trailing comment
print(x, True, False)
# a comment line on its own
print(True + True, True * 10, False - 1, -True)
print(None is None, True is True, False is not True)
print(True == 1, False == 0, True == 2)
a = 1; b = 2; print(a, b); c = a + b
print(c)
if c == 3: pass
if c == 3: print('three'); print('still three')
while False: pass
for i in range(2): pass
print(i)
def nothing(): pass
print(nothing())
print(type(None), type(True))
x = 5;
print(x)
