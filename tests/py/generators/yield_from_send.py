# yield from passes send() and throw() through to the sub-generator, and returns its return value
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

def manager(results):
    while True:
        total = yield from accumulate()
        print('  sub-generator returned', total)
        results.append(total)

results = []
m = manager(results)
next(m)
for v in [1, 2, 3]:
    print('running total', m.send(v))
m.send(None)
for v in [10, 20]:
    m.send(v)
m.send(None)
print(results)
def inner():
    try:
        yield 'inner waiting'
    except ValueError:
        yield 'inner caught ValueError'
def outer():
    yield from inner()
    yield 'outer continues'
o = outer()
print(next(o), '|', o.throw(ValueError), '|', next(o))
