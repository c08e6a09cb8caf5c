# deleting from a dict while iterating over it: RuntimeError
scores = {'a': 1, 'b': 0, 'c': 3}
for name in scores:
    if scores[name] == 0:
        del scores[name]
print(scores)
