# str() of containers uses repr() of the elements: quotes inside lists, tuples and dicts
data = ['a', "b'c", 1, 2.5, None, True, ('t',), {'k': 'v', 2: [3]}, [], (), {}]
print(data)
print(str(data) == repr(data))
print(('one',), ('one', 'two'), (('nested',),), [[['deep']]])
print({'quote"s': "it's"}, {1: {2: {3: 'x'}}})
print(str(['\n', '\t', '\\']))
print([1.0, -0.0, 1e100, float('inf')], [0.1 + 0.2])
