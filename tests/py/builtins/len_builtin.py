# len of every sized type
print(len(''), len('abc'), len('日本'), len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({'a': 1}))
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)), len({1, 2, 2}), len(list(range(1000))))
