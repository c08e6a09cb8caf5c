# unpacking a non-iterable: "cannot unpack non-iterable int object"
pairs = [(1, 2), 3]
for p in pairs:
    a, b = p
    print(a, b)
