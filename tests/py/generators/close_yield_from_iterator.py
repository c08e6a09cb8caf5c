# close() of a generator suspended in `yield from` a plain iterator (no close method): GeneratorExit reaches the generator's own frame, its finally runs; a delegate with close() is closed first; found by the allocation-failure walk
def g():
    try:
        yield from [1, 2]
    finally:
        print('finally of g')

x = g()
print(next(x))
x.close()
print('closed')

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def close(self):
        print('It.close')

def h():
    try:
        yield from It()
    finally:
        print('finally of h')

y = h()
next(y)
y.close()
print('closed again')

def k():
    yield from g()

z = k()
next(z)
z.close()
print('closed through two')
w = g()
next(w)
del w
print('collected')
