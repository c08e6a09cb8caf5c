# sorting values that cannot be ordered raises TypeError naming both types
print(sorted([3, 1.5, True]))
print(sorted([3, 'a', 1]))
