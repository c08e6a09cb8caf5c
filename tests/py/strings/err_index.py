# indexing past the end of a string raises IndexError
s = 'abc'
print(s[2], s[-3])
print(s[3])
