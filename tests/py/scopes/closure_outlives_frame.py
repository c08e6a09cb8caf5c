# a captured variable outlives the call that created it: the frame is gone, the cell lives on in the closure
def make_greeter(greeting):
    punctuation = '!'
    def greet(name):
        return greeting + ', ' + name + punctuation
    return greet
hello = make_greeter('Hello')
hi = make_greeter('Hi')
print(hello('ann'), hi('bob'), hello('cy'))
def make_accumulator():
    history = []
    def add(x):
        history.append(x)
        return sum(history), len(history)
    return add
acc = make_accumulator()
acc(5); acc(7)
print(acc(1))
def power_factory(exp):
    def power(base):
        return base ** exp
    return power
square, cube = power_factory(2), power_factory(3)
print(square(7), cube(3), [power_factory(e)(2) for e in range(5)])
