# bytes as dict keys and set members; bytearray refused with CPython's TypeError
counts = {}
for word in b'the cat and the hat and the bat'.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items()), counts[b'the'], b'cat' in counts, bytearray(b'cat') in [b'cat'])
seen = {b'x', b'y', b'x', bytes(b'y')}
print(sorted(seen), b'x' in seen, len(seen))
print(hash(b'') == hash(''), hash(b'a') == hash(bytes([97])), hash(b'a' * 3) == hash(b'aaa'))
frozen = frozenset({b'q'})
print(frozen, {frozen: b'v'})
for bad in [lambda: {bytearray(b'k'): 1}, lambda: {bytearray()}, lambda: hash(bytearray(b'x')),
            lambda: bytearray(b'x') in {b'x'}, lambda: {b'a': 1}[bytearray(b'a')]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
