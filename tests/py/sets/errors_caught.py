# the TypeError, KeyError and RuntimeError messages of set operations, caught and printed
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('add list', lambda: {1}.add([1]))
attempt('literal dict', lambda: {{}})
attempt('set of sets', lambda: set([{1}]))
attempt('remove missing', lambda: {1}.remove(2))
attempt('remove tuple', lambda: set().remove((1, 2)))
attempt('remove set', lambda: set().remove({1}))
attempt('pop empty', lambda: set().pop())
attempt('hash set', lambda: hash({1}))
attempt('in with list', lambda: [] in {1})
attempt('discard list', lambda: {1}.discard([1]))
attempt('or list', lambda: {1} | [1])
attempt('and int', lambda: {1} & 1)
attempt('sub str', lambda: {1} - 'a')
attempt('xor tuple', lambda: {1} ^ (1,))
attempt('lt list', lambda: {1} < [1])
attempt('ge int', lambda: {1} >= 1)
attempt('two args', lambda: set(1, 2))
attempt('frozen two args', lambda: frozenset(1, 2))
attempt('kwargs', lambda: set(x=1))
attempt('frozen kwargs', lambda: frozenset(iterable=[1]))
attempt('not iterable', lambda: set(5))
attempt('update int', lambda: set().update([1], 5))
attempt('union int', lambda: {1}.union(2))
attempt('issubset int', lambda: {1}.issubset(3))
attempt('isdisjoint None', lambda: {1}.isdisjoint(None))
attempt('add no arg', lambda: set().add())
attempt('pop arg', lambda: {1}.pop(0))
attempt('copy arg', lambda: frozenset().copy(1))
attempt('symdiff two', lambda: set().symmetric_difference([1], [2]))
attempt('unhashable in frozenset', lambda: frozenset([[1]]))
attempt('frozen add', lambda: frozenset().add(1))
def ior():
    s = {1}
    s |= [2]
attempt('ior list', ior)
attempt('superset list key', lambda: {1}.issuperset([[]]))
attempt('tuple with list', lambda: {(1, [2])})
s = {1, 2, 3}
def grow():
    for x in s:
        s.add(x * 10)
attempt('changed size', grow)
attempt('after', lambda: sorted(s))
