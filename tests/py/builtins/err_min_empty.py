# min() of an empty sequence without a default raises ValueError
print(min([3, 2]))
print(min([]))
