# ordering comparisons between a set and a list are not supported
print({1} == [1], {1} <= {1, 2})
print({1} <= [1, 2])
