# recursion 900 calls deep stays under the default limit of 1000 and must work, repeatedly
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def build(n):
    return [] if n == 0 else [build(n - 1)]
print(depth(900), depth(900), depth(10))
x = build(900)
count = 0
while x:
    x = x[0]
    count += 1
print(count)
def sum_to(n, acc=0):
    return acc if n == 0 else sum_to(n - 1, acc + n)
print(sum_to(900))
