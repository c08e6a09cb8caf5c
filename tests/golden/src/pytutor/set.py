# Python Tutor's SET, and a frozenset inside it
s = {1, 2}
s.add(frozenset({3}))
print(len(s))
