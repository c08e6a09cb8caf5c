# sys.setrecursionlimit accepts any C int >= 1 (no cap at 10**6), with CPython's errors for 0, negatives, too big ints, non-ints and a limit below the current depth
import sys
for v in [0, -1, -2 ** 31, -2 ** 63, 2 ** 31 - 1, 2 ** 31, 2 ** 63, 10 ** 6 + 1, 10 ** 9, 1.5, '5', None, True]:
    try:
        sys.setrecursionlimit(v)
        print(repr(v), 'ok', sys.getrecursionlimit())
    except (ValueError, OverflowError, TypeError, RecursionError) as e:
        print(repr(v), type(e).__name__, e)
sys.setrecursionlimit(1000)


def down(n):
    if n:
        return down(n - 1)
    for k in [10, 50, 52, 53, 54, 100]:
        try:
            sys.setrecursionlimit(k)
            print(k, 'ok', sys.getrecursionlimit())
        except RecursionError as e:
            print(k, type(e).__name__, e)
    sys.setrecursionlimit(1000)
    return 'back'


print(down(50))
# a high limit lets plain Python recursion go deep (no C stack is used)
sys.setrecursionlimit(200000)


def count(n):
    return count(n - 1) + 1 if n else 0


print(count(150000))
sys.setrecursionlimit(1000)
try:
    count(5000)
except RecursionError as e:
    print(type(e).__name__, e)
