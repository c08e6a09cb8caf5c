# General benchmark: list comprehensions and sorting -- nested comprehensions,
# filters, sorting ints, tuples and strings, sorted() with key functions,
# slicing and reversing. Prints checksums.
def lcg(seed, n):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x)
    return out


def main():
    nums = lcg(42, 200000)
    total = 0
    for r in range(4):
        squares = [x * x % 1000003 for x in nums]
        evens = [x for x in squares if x % 2 == 0]
        pairs = [(x % 1000, x // 1000 % 1000) for x in nums[:50000]]
        grid = [[i * j for j in range(40)] for i in range(300)]
        flat = [v for row in grid for v in row if v % 3]
        s1 = sorted(squares)
        s2 = sorted(pairs)
        s3 = sorted(nums[:50000], key=lambda v: (v % 97, v))
        words = ["w%d" % (x % 5000) for x in nums[:40000]]
        words.sort()
        words.sort(key=len, reverse=True)
        total += s1[len(s1) // 2] + s2[-1][0] + s3[0] + len(flat) + len(evens) + len(words[0])
        total += sum(s1[::1000]) + sum(x for x, y in s2[::500])
    print(total)
    print(s1[:5], s2[:3], s3[:3], words[:3], words[-3:])


main()
