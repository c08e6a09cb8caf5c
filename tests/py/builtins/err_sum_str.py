# sum() refuses a string start value
print(sum([1, 2]))
print(sum(['a', 'b'], ''))
