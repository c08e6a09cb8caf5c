# keyword arguments: any order, mixed with positional, with defaults skipped
def describe(name, age, city='nowhere', job='none'):
    return f'{name} ({age}) from {city}, job: {job}'
print(describe('Ann', 30))
print(describe(age=25, name='Ben'))
print(describe('Cy', job='pilot', age=40))
print(describe('Di', 22, job='cook'))
print(sorted([3, 1, 2], reverse=True), print('inner', end='! '))
def f(a, b=2, c=3):
    return a, b, c
print(f(1, c=30), f(a=0), f(1, 2, c=4))
