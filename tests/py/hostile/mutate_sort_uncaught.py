# A key function that grows the list being sorted and clears it again: the change is noticed although the list looks as it did, and the ValueError "list modified during sort" ends the program.

data = [5, 2, 9, 1]

def key(x):
    data.extend(range(1000))
    data.clear()
    return x

print('before', data)
print('sorted copy', sorted(data, key=key))    # sorted() sorts a copy: nothing to notice
print('after sorted', data)
data[:] = [5, 2, 9, 1]
data.sort(key=key)
print('not reached', data)
