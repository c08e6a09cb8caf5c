# an assignment expression in a comprehension binds in the enclosing scope, not the comprehension's
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(first_long(['a', 'tree', 'python', 'xylophone']), first_long(['a']))
def running_total(xs):
    total = 0
    sums = [total := total + x for x in xs]
    return sums, total
print(running_total([1, 2, 3, 4]))
values = [y := 10, y ** 2]
print(values, y)
data = [3, 8, 1]
print([m := max(data), m - min(data)], m)
