# reading past the end of a list raises IndexError: list index out of range
a = [10, 20, 30]
print(a[-3], a[2])
print(a[3])
