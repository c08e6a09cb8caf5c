# CPython 3.11 suggests a similar name for a NameError: a misspelled global
counter = 3
print(counter)
print(countr)
