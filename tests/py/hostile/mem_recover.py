# after a MemoryError the program goes on: it is an ordinary exception (args, str, repr, traceback, __context__), a new one each time the last is still held, a generator that raised it is finished, and memory is usable again
def make(n):
    return [0] * n

errors = []
for n in [2**62, 2**61, 2**60]:
    try:
        make(n)
    except MemoryError as e:
        errors.append(e)
print(len(errors), errors[0] is errors[1], errors[1] is errors[2])
e = errors[0]
print(type(e).__name__, e.args, repr(str(e)), repr(e), isinstance(e, Exception))
lines = []
tb = e.__traceback__
while tb:
    lines.append(tb.tb_lineno)
    tb = tb.tb_next
print(lines)

try:
    try:
        raise ValueError('first')
    except ValueError:
        'x' * 2**62
except MemoryError as e:
    print(type(e.__context__).__name__, e.__context__, e.__cause__, e.__suppress_context__)

try:
    try:
        [None] * 2**62
    except MemoryError as e:
        raise RuntimeError('too big') from e
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

def gen():
    yield 1
    yield [0] * 2**62
    yield 3

g = gen()
print(next(g))
try:
    next(g)
except MemoryError:
    print('the generator raised')
print(list(g))

class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        print('exit with', kind.__name__)
        return kind is MemoryError

with Swallow():
    (1, 2) * 2**62
print('after with')

def retry(n):
    for attempt in range(3):
        try:
            return len([attempt] * n)
        except MemoryError:
            n //= 2**30
    return -1
print(retry(2**62))

m = MemoryError('custom', 2)
print(m.args, str(m))
try:
    raise MemoryError
except MemoryError as e:
    print(repr(e), e.args)
print(sum([1] * 1000), len('ab' * 500), len({i: i for i in range(300)}))
