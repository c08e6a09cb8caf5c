# recursion: factorial, fibonacci, Ackermann, Towers of Hanoi, mutual recursion, and recursion on nested lists
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out += flatten(item)
    return out
print(fact(20), fact(30), [fib(i) for i in range(15)], fib(20))
print(ackermann(2, 3), ackermann(3, 3))
moves = hanoi(4, 'A', 'C', 'B', [])
print(len(moves), moves[:3])
print(is_even(10), is_odd(7), is_even(7))
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
