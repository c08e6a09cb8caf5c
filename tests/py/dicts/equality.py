# dict equality ignores order; values compare by ==; dicts are not ordered with <
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != b, list(a) == list(b), {1: 1} == {1: 1.0}, {1: [1]} == {1: [1]}, {} == {})
print({'x': 1} == {'x': 1, 'y': 2}, a == dict(x=1, y=2))
