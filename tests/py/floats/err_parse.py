# float() of a non-numeric string raises ValueError quoting it
print(float(' 2.5 '))
print(float('x'))
