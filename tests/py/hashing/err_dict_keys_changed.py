# deleting one key and adding another keeps the size but changes the keys: "dictionary keys changed during iteration"
d = {'a': 1, 'b': 2}
for k in d:
    print(k)
    del d['b']
    d['c'] = 3
