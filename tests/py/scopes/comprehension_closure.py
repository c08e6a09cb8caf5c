# comprehensions close over variables of the enclosing function, including ones assigned after the comprehension is defined in a lambda
def scaled(values, factor):
    offset = 1
    return [v * factor + offset for v in values]
print(scaled([1, 2, 3], 10))
def table(n):
    return [[r * c for c in range(1, n + 1)] for r in range(1, n + 1)]
print(table(3))
def filters():
    limit = 2
    pick = lambda xs: [x for x in xs if x > limit]
    limit = 0
    return pick([0, 1, 2, 3])
print(filters())
def nested_use():
    base = 100
    return {k: [base + k + j for j in range(2)] for k in range(2)}
print(nested_use())
def counter_in_comp():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    running = [add(x) for x in [1, 2, 3, 4]]
    return running, total
print(counter_in_comp())
