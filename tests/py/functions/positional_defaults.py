# positional parameters and defaults: defaults are evaluated once, when def runs
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Ben', 'Hi'), greet('Cy', 'Yo', '?'))
counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), show(5))
def no_args():
    return 'nothing needed'
print(no_args())
def implicit_none(x):
    x + 1
print(implicit_none(1))
def early(x):
    if x > 0:
        return 'positive'
    return
print(early(1), early(-1))
