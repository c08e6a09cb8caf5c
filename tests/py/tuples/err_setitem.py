# tuples do not support item assignment
t = (1, 2, 3)
print(t[1])
t[1] = 5
