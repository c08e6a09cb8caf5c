# an unhashable member in a set comprehension: the traceback goes through the comprehension's frame
groups = [{'a': 1}, {'b': 2}]
names = {len(g) for g in groups}
print(names)
members = {g for g in groups}
