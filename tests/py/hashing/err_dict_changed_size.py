# an uncaught "dictionary changed size during iteration" from deleting inside the loop
scores = {'ann': 3, 'bob': 0, 'cid': 5}
for name in scores:
    if scores[name] == 0:
        del scores[name]
print(scores)
