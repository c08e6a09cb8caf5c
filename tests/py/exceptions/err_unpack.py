# unpacking the wrong number of values: "too many values to unpack (expected 2)"
pairs = [(1, 2), (3, 4, 5)]
for a, b in pairs:
    print(a, b)
