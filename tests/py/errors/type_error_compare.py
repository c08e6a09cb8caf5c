# ordering comparison between unrelated types raises TypeError naming the operator and both types
print(1 < 2.5, 'a' < 'b', [1] < [2])
print([1] < (1,))
