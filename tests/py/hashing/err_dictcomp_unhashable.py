# an unhashable key in a dict comprehension: the traceback goes through the comprehension's frame
rows = [[1], [2]]
counts = {tuple(r): 0 for r in rows}
print(counts)
counts = {r: 0 for r in rows}
