# A failed assert points at the last comparison of its test (CPython 3.11).
def check(items, limit):
    assert items and len(items) <= limit or not items, "too many: " + str(len(items))
    return len(items)

print(check([1, 2], 3))
print(check([], 0))
check([1, 2, 3, 4], 3)
