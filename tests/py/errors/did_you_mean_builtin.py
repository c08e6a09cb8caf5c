# the NameError suggestion also covers built-in names
items = [1, 2, 3]
print(len(items))
print(lenn(items))
