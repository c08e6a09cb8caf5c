# format_map: any mapping object, dict subclasses with __missing__, objects with __getitem__; nothing is copied
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
class Upper:
    def __getitem__(self, key):
        return key.upper()
class Counting:
    def __init__(self):
        self.asked = []
    def __getitem__(self, key):
        self.asked.append(key)
        return len(self.asked)
print('{name} is {age}'.format_map({'name': 'Ada', 'age': 36}))
print('{name} has {missing}'.format_map(Default(name='Bob')))
print('{hello} {world}'.format_map(Upper()), '{a[0]}'.format_map({'a': 'xyz'}), '{a.real}'.format_map({'a': 5}))
c = Counting()
print('{x}{y}{x}'.format_map(c), c.asked)
print('{x:>{w}}|'.format_map({'x': 'r', 'w': 5}), '{{x}}'.format_map({}), ''.format_map(1))
for m in [[], 5, None]:
    try:
        print('{a}'.format_map(m))
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
try:
    '{}'.format_map({})
except ValueError as e:
    print('ValueError:', e)
try:
    '{a}'.format_map()
except TypeError as e:
    print('TypeError:', e)
