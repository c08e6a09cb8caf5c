# multiplying a string by a string raises TypeError
print('ab' * 2)
print('ab' * 'c')
