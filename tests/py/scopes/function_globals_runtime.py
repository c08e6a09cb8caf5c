# global names are looked up at call time: a function can use a global defined after it, and sees rebinding
def use_later():
    return defined_later * 2
defined_later = 21
print(use_later())
defined_later = 'ab'
print(use_later())
def greet():
    return helper() + '!'
def helper():
    return 'first helper'
print(greet())
def helper():
    return 'redefined helper'
print(greet())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
real = fact
fact = lambda n: 'hijacked'
print(real(5))
