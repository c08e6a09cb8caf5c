# min and max: several arguments or one iterable, key=, default=, ties keep the first, strings and tuples
print(min(3, 1, 2), max(3, 1, 2), min([4, -1, 7]), max((4, -1, 7)), min('hello'), max('hello'))
print(min([], default='empty'), max([], default=None), min([5], default=0))
words = ['kiwi', 'banana', 'fig', 'apple', 'plum']
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(max([(1, 'b'), (2, 'a'), (2, 'c')]), min(range(10, 0, -1)), max(1, 2.5, 2), min(-0.0, 0.0), min(0.0, -0.0))
print(max([1, 3, 3], key=lambda x: -x), max({'a': 3, 'b': 9}), max([-5, 3], key=abs), min('b', 'a', key=str))
print(max(x * x for x in range(-5, 3)))
