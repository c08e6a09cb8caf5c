# int() of a non-numeric string raises ValueError quoting the string
print(int('12'))
print(int('abc'))
