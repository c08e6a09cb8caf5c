# float ** that overflows raises OverflowError with the errno pair as its message
x = 1.5
for i in range(3):
    x = x ** 4
    print(x)
print(x ** 100)
