# 'in' with a non-string left operand on a string raises TypeError
print('a' in 'abc')
print(1 in 'abc')
