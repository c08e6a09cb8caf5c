# a failing assert without a message raises a bare AssertionError
values = [1, 2, 3]
assert len(values) == 3
print('length ok')
assert sum(values) == 7
