# str methods as objects: called through the class (str.upper(s)), bound methods as values, as keys for sorted and map
print(str.upper('abc'), str.split('a b'), str.join(',', 'xyz'), str.format('{}!', 1), str.count('aaa', 'a'))
up = 'hello'.upper
print(up(), list(map(str.strip, [' a ', 'b '])), sorted(['b', 'A', 'c'], key=str.lower), list(map(str.title, ['ab cd'])))
print(str.maketrans('a', 'b') == {97: 98}, 'a'.maketrans('a', 'c'), str.maketrans('x', 'y'))
print('{}'.format('sub'), format('y', '>3'), format('é', '^5'), 'x'.__format__('<3') + '|')
print(sorted(['Banana', 'apple', 'Cherry'], key=str.casefold), max(['a', 'bbb', 'cc'], key=str.__len__))
print([f('Hello World') for f in (str.lower, str.upper, str.swapcase, str.title, str.isalpha, str.istitle)])
s = 'abc'
print(s.partition('x')[0] is s, s.rpartition('x')[2] is s, s.format() is s, s.strip() is s, s.split()[0] is s)
print(s.center(2) is s, s.zfill(1) is s, s.expandtabs() is s, s.removeprefix('x') is s, ''.join([s]) is s)
for name in ['upper', 'split', 'format', 'maketrans', 'join']:
    print(name, name in dir(str), callable(getattr(str, name)))
