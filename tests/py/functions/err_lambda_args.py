# a lambda called with the wrong number of arguments is named <lambda>
f = lambda a, b: a + b
print(f(1, 2))
f(1)
