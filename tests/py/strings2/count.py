# str.count: non-overlapping occurrences, the empty string counted between characters, start and end
cases = ['', 'a', 'aaaa', 'banana', 'abababab', 'ééé', '日本日本', 'a😀a😀a']
subs = ['', 'a', 'aa', 'an', 'ab', 'é', '日本', '😀', 'zz']
for s in cases:
    print(repr(s), [s.count(sub) for sub in subs])
for start, end in [(None, None), (1, None), (-2, None), (0, 2), (2, 1), (4, 10), (5, 5), (6, 7), (-100, 100)]:
    print(start, end, ['banana'.count(sub, start, end) for sub in ['', 'a', 'an', 'na', 'banana']],
          ['ééé'.count(sub, start, end) for sub in ['', 'é', 'éé']])
words = 'the cat and the hat and the bat'.split()
print({w: words.count(w) for w in words})
print('the cat and the hat'.count('the'), 'the cat and the hat'.count('at', 6))
