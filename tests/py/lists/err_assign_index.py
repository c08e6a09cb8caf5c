# assigning past the end of a list raises IndexError: list assignment index out of range
a = [1, 2]
a[1] = 'ok'
print(a)
a[2] = 'too far'
