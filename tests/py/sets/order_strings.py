# sets of strings: order follows the str hash, which with the fixed hash seed equals CPython's under PYTHONHASHSEED=0
print(set('hello'), set('abracadabra'), set('mississippi'))
print(set(['apple', 'banana', 'cherry']), set(['cherry', 'banana', 'apple']))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(set(words), len(set(words)))
print(set(''), set('a'), set('ab'), set('ba'))
s = set()
for w in ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']:
    s.add(w)
print(s)
print(sorted(s), 'fox' in set(words), 'cat' in set(words), s == set(sorted(s)))
print(set('αβγδ'), set(['é', 'e', 'ü', '日本']))
