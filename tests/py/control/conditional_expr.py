# conditional expressions: only the chosen branch is evaluated; they nest and bind loosely
def loud(v):
    print('evaluated', v)
    return v
print(loud('yes') if True else loud('no'))
print(loud('yes') if 0 else loud('no'))
for n in [-1, 0, 1]:
    print('neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = 5
y = x * 2 if x > 3 else x - 2
print(y, (1 if x else 2) + 10, [i if i % 2 else -i for i in range(5)])
f = lambda v: 'even' if v % 2 == 0 else 'odd'
print(f(4), f(7))
