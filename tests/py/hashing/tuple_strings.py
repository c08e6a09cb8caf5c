# tuples of strings hash from the strings' hashes (SipHash-1-3 under PYTHONHASHSEED=0), so their values equal CPython's
for t in [('a',), ('a', 'b'), ('abc', 1), ('', ''), ('é', '€', '😀'), (('x', 'y'), 'z'), ('key', 42, 4.5)]:
    print(t, hash(t))
d = {('alice', 30): 1, ('bob', 25): 2}
print(d[('ali' + 'ce', 15 * 2)], ('bob', 25.0) in d, ('bob', '25') in d)
