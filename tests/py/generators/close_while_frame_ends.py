# a suspended generator dropped while its caller's frame ends (return, exception, module end) is closed then; its frame links back to the ending frame
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print('  del', self.n)

def gen(name):
    r = R(name)
    try:
        yield 1
    finally:
        print('  finally of', name)

def returns():
    g = gen('closed as the caller returns')
    next(g)
    return 'returned'
print(returns())

def raises():
    g = gen('kept by the traceback')
    next(g)
    raise ValueError
try:
    raises()
except ValueError:
    print('caught')
print('after the handler')

def nested():
    def inner():
        g = gen('inner local')
        next(g)
        h = gen('second inner local')
        next(h)
        return 'inner done'
    return inner()
print(nested())

class Holder:
    def __init__(self):
        self.g = gen('held by an instance')
        next(self.g)
def drop_holder():
    h = Holder()
    return 'holder dropped'
print(drop_holder())

g = gen('module level')
next(g)
print('end of module')
