# bytes that are not UTF-8
x = 1
y = "café"
print(y)
