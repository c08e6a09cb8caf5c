# a program that prints a lot, then fails: all the stdout written before the error must still appear
for i in range(50):
    print('line', i, '*' * i)
print('now failing')
x = [1, 2, 3]
print(x[10])
