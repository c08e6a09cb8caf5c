# yield from delegates to a sub-iterator: its values pass through, and its return value is the value of the yield from expression
def inner(tag):
    yield tag + '1'
    yield tag + '2'
    return tag.upper() + ' done'

def outer():
    result = yield from inner('a')
    print('  inner returned', repr(result))
    result = yield from inner('b')
    print('  inner returned', repr(result))
    yield from [10, 20]
    yield from range(2)
    yield from 'xy'
    return 'outer done'

print(list(outer()))
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain('ab', [1], (), range(3))))
