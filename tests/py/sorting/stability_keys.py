# Stability: items with equal keys keep their order, with key functions, multi-pass sorts and keys of every common type
records = [
    ("ann", "sales", 3200, 31), ("bob", "it", 4100, 45), ("cid", "sales", 3200, 28),
    ("dee", "hr", 2900, 31), ("eve", "it", 4100, 23), ("fay", "hr", 3500, 45),
    ("gus", "sales", 2900, 31), ("hal", "it", 3200, 28), ("ivy", "hr", 2900, 23),
]
print([r[0] for r in sorted(records, key=lambda r: r[1])])
print([r[0] for r in sorted(records, key=lambda r: r[2])])
print([r[0] for r in sorted(records, key=lambda r: r[3])])
# sort by department, then by salary: the second pass keeps the first order among ties
by_dept = sorted(records, key=lambda r: r[1])
print([r[0] for r in sorted(by_dept, key=lambda r: r[2])])
# the same as one key tuple
print([r[0] for r in sorted(records, key=lambda r: (r[2], r[1]))])

# many duplicates: check that the result is ordered and stable, for each key type
seed = 99


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


def check(name, keyof, n=3000):
    pairs = [(keyof(rnd(50)), i) for i in range(n)]
    out = sorted(pairs, key=lambda p: p[0])
    ok = all(out[i][0] < out[i + 1][0] or (out[i][0] == out[i + 1][0] and out[i][1] < out[i + 1][1])
             for i in range(n - 1))
    back = sorted(pairs, key=lambda p: p[0], reverse=True)
    ok_back = all(back[i + 1][0] < back[i][0] or (back[i][0] == back[i + 1][0] and back[i][1] < back[i + 1][1])
                  for i in range(n - 1))
    print(f"{name:7} stable={ok} reverse-stable={ok_back} first={out[0]} last={out[-1]}")


check("int", lambda x: x - 25)
check("bigint", lambda x: (x - 25) * 10**30)
check("float", lambda x: x / 7 - 3)
check("str", lambda x: "k" + str(x % 13) * (x % 3))
check("unicode", lambda x: "é" * (x % 4) + chr(0x3b1 + x % 5))
check("tuple", lambda x: (x % 5, str(x % 3)))
check("bool", lambda x: x % 2 == 0)
check("mixed", lambda x: x % 10 if x % 2 else x / 4)

# key=len and key=str.lower on words
words = "the quick Brown fox Jumps over the lazy dog The End".split()
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
# the key result is only used for ordering; the items come back
print(sorted([-3, 3, -1, 1, 0, -2, 2], key=abs))
print(sorted([-3, 3, -1, 1, 0, -2, 2], key=abs, reverse=True))
