# Python Tutor's DICT: [key, value] pairs, a tuple as a key, a list as a value
d = {"a": 1, (1, 2): [3]}
d["b"] = d["a"] + 1
print(sorted(k for k in d if isinstance(k, str)))
