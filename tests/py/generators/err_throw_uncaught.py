# throw() of an exception the generator does not handle: it comes out of throw() with the generator's frame in the traceback
def steps():
    yield 1
    yield 2
g = steps()
print(next(g))
g.throw(ValueError('stop here'))
