# is / is not versus ==: on None, booleans, lists and aliases
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, None == None, None is not None)
x = None
print(x is None, x == False, not x)
print(True is True, (1 == 1) is True)
t = ()
print(t == (), len(t))
c.append(3)
print(a, b, c)
