# bound methods: stored in variables, called later, compared; calling through the class with an explicit self
class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
    def describe(self):
        return self.name + '=' + str(self.n)

a = Counter('a')
b = Counter('b')
inc_a = a.inc
inc_a()
inc_a(5)
print(a.n, b.n)
Counter.inc(b, 10)
print(b.describe())
print(inc_a.__self__ is a, inc_a.__func__ is Counter.inc)
print(a.inc == a.inc, a.inc == b.inc)
ops = [a.inc, b.inc, a.inc]
print([op() for op in ops])
print(list(map(Counter.describe, [a, b])))
m = a.describe
a.name = 'renamed'
print(m())
# a function stored on the instance is not bound
a.helper = lambda x: x * 2
print(a.helper(21))
# a function assigned to the class later becomes a method for every instance
def reset(self):
    self.n = 0
    return 'reset ' + self.name
Counter.reset = reset
print(b.reset(), b.n)
