# indexing past the end of a tuple raises IndexError: tuple index out of range
t = ('a', 'b')
print(t[-2])
print(t[2])
