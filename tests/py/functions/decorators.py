# decorators are function calls applied at def time: wrappers, stacking order, decorators with arguments
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper
def exclaim(times):
    def deco(fn):
        def wrapper(*args):
            return fn(*args) + '!' * times
        return wrapper
    return deco
@shout
def hello(name):
    return 'hello ' + name
@exclaim(3)
@shout
def bye(name):
    return 'bye ' + name
print(hello('ann'), bye('ben'), hello.__name__)
calls = []
def log(fn):
    def wrapper(n):
        calls.append(n)
        return fn(n)
    return wrapper
@log
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(6), len(calls), calls[:5])
