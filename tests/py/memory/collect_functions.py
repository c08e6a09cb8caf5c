# Cycles through functions: a closure reaching itself through its cell (function + closure tuple + cell), bound methods on their own instance
import gc
gc.disable()
gc.collect()

def make_recursive():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact

f = make_recursive()
print("fact(5) =", f(5))
del f
print("function referring to itself through its cell:", gc.collect())

def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return step
    return step

s = make_counter()
s()()
del s
print("closure returning itself:", gc.collect())

def outer():
    box = []
    def inner():
        return box
    box.append(inner)
    return inner

i = outer()
del i
print("closure whose captured list holds it:", gc.collect())

def two():
    def ping(n):
        return pong(n - 1) if n else "ping"
    def pong(n):
        return ping(n - 1) if n else "pong"
    return ping

p = two()
print(p(3))
del p
print("two functions calling each other:", gc.collect())

class Button:
    def click(self):
        return "clicked"

b = Button()
b.handler = b.click
print(b.handler())
del b
print("bound method stored on its instance:", gc.collect())

class Registry:
    def __init__(self):
        self.callbacks = []
    def register(self):
        self.callbacks.append(self.on_event)
    def on_event(self):
        pass

r = Registry()
r.register()
r.register()
del r
print("bound methods in a list on the instance:", gc.collect())

def plain():
    return 1

plain.me = plain
del plain
print("function with itself as an attribute:", gc.collect())

lam = [lambda: lam]
lam.append(lam)
del lam
print("lambda in a list with the list:", gc.collect())
