# the else clause of for and while runs when the loop ends without break; searching with for/else
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print('  found at', i)
            break
    else:
        print('  not found')
        return -1
    return i
print(find([4, 5, 6], 5), find([4, 5, 6], 9), find([], 1))
n = 0
while n < 3:
    n += 1
else:
    print('while finished normally, n =', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('never printed')
for p in range(2, 20):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=' ')
print()
for x in []:
    pass
else:
    print('else of an empty loop')
