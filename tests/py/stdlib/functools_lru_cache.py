# functools.lru_cache: memoised recursion, cache_info/cache_clear, LRU eviction order, typed, keyword keys, cache, methods
import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
print(fib.cache_info().hits, fib.cache_info()._fields, type(fib.cache_info()).__name__)
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())
print(fib.cache_parameters(), fib.__wrapped__(5) if False else fib.__name__)

calls = []
@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x

for x in [1, 2, 1, 3, 2, 1, 1]:
    square(x)
print(calls, square.cache_info())

@functools.lru_cache
def ident(x, y=0):
    calls.append(('ident', x, y))
    return (x, y)
calls.clear()
ident(1); ident(1); ident(1, y=0); ident(1, 0); ident(y=0, x=1)
print(calls, ident.cache_info(), ident.cache_parameters())

@functools.lru_cache(maxsize=10, typed=True)
def typed(x):
    calls.append(('typed', x))
    return x
calls.clear()
typed(1); typed(1.0); typed(True); typed(1)
print(calls, typed.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info())

class Grid:
    def __init__(self, n):
        self.n = n
    @functools.lru_cache(maxsize=None)
    def cells(self, k):
        return self.n * k
g = Grid(7)
print(g.cells(3), g.cells(3), Grid.cells.cache_info())

@functools.lru_cache(maxsize=-5)
def negative(x):
    return x
negative(1)
print(negative.cache_info())
try:
    functools.lru_cache(maxsize='big')
except TypeError as e:
    print('TypeError:', e)
try:
    fib([1])
except TypeError as e:
    print('TypeError:', e)
print(fib.__doc__, fib.__module__)
