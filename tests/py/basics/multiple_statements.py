# statements in sequence: compound statements one after another, empty lines and mixed indentation depths
total = 0

for i in range(3):

    total += i


    if total > 1:
        print('total now', total)
print('done', total)
def f(n):
    if n:
        return 'yes'
    else:
        return 'no'
print(f(1), f(0))
while total < 10: total += 4
print(total)
if total > 10: print('big')
elif total == 10: print('ten')
else: print('small')
