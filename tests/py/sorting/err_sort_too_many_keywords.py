# sort() and sorted() take two keyword arguments; a third is refused by
# count before its name is even looked at.
data = [3, 1, 2]
print(sorted(data, key=None, reverse=True))
try:
    data.sort(key=None, extra=1)
except TypeError as e:
    print(e)
try:
    sorted(data, key=None, reverse=False, extra=1)
except TypeError as e:
    print(e)
data.sort(key=None, reverse=False, extra=1)
