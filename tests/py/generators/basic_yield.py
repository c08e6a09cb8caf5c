# a generator function runs only when asked for values: the body is suspended at each yield and resumed by next()
def counter(limit):
    print('  start')
    n = 0
    while n < limit:
        print('  about to yield', n)
        yield n
        print('  resumed after', n)
        n += 1
    print('  end')

g = counter(2)
print('created', type(g).__name__)
print('next ->', next(g))
print('next ->', next(g))
print('next ->', next(g, 'exhausted'))
print('again ->', next(g, 'still exhausted'))
print(list(counter(3)))
for v in counter(1):
    print('loop got', v)
def empty():
    return
    yield
print(list(empty()))
def several():
    yield 'a'
    yield 'b'
    yield 'c'
print(list(several()), ''.join(several()))
