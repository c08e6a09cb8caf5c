# hash() of small ints is the int itself, except -1, which is reserved for errors in C and becomes -2
for n in range(-5, 21):
    print(n, hash(n))
print(hash(-1) == -2, hash(-2) == -2, hash(-1) == hash(-2), -1 == -2)
print(hash(0), hash(1000000), hash(-1000000), hash(123456789012))
