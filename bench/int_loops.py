# General benchmark: loops with int arithmetic -- Collatz sequence lengths,
# a sieve of Eratosthenes over a list, and Euclid's gcd. Prints checksums.
def collatz_longest(limit):
    best = 0
    best_n = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
        n += 1
    return best_n, best


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    total = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            total += k
    return count, total % 1000000007


def gcd_sum(n):
    s = 0
    for a in range(1, n):
        b = n * 7 + 3
        x = a * 31 + 17
        while b:
            x, b = b, x % b
        s += x
    return s


print(collatz_longest(80000))
print(sieve(1000000))
print(gcd_sum(200000))
