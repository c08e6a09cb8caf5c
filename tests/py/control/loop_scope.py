# loop variables are ordinary names: they survive the loop, and assigning to them inside does not change the iteration
for i in range(3):
    print('before', i)
    i = i * 100
    print('after', i)
print('final', i)
total = 0
for n in [1, 2, 3]:
    total += n
    n = 0
print(total, n)
