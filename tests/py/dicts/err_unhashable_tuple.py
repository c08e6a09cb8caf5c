# a tuple is hashable only when every element is: a tuple holding a list is not
ok = {('a', (1, 2)): 1}
print(ok)
bad = {('a', [1, 2]): 1}
