# int() of a word raises ValueError with the repr of the string
print(int('  8 '))
print(int('x'))
