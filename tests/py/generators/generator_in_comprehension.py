# generators consumed by comprehensions, by sum/any/sorted, by unpacking and by str.join; a generator is truthy even when empty
def evens(limit):
    for i in range(0, limit, 2):
        yield i
print([e * e for e in evens(10)], {e: e // 2 for e in evens(5)})
print(sum(evens(100)), any(e > 50 for e in evens(60)), sorted(evens(7), reverse=True))
a, b, *c = evens(10)
print(a, b, c)
print('-'.join(str(e) for e in evens(9)))
print(bool(evens(0)), list(evens(0)))
pairs = list(zip(evens(6), evens(100)))
print(pairs, len(pairs))
