# a starred target still needs enough values for the plain targets
a, *b, c = [1, 2]
print(a, b, c)
a, *b, c = [1]
