# int() of a complex is a TypeError
z = complex(3, 0)
print(z.real)
print(int(z))
