# A key function that appends to the list and pops it again still
# modified it during the sort; clear() and extend([]) did not allocate.
data = [3, 1, 2]
def key(x):
    data.append(x)
    data.pop()
    return x
try:
    data.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(data)
data2 = [3, 1, 2]
def key2(x):
    data2.clear()
    return x
data2.sort(key=key2)
print(data2)
data3 = [5, 4]
def key3(x):
    data3.extend([])
    return x
data3.sort(key=key3)
print(data3)
