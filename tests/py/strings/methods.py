# the string methods learners use everywhere: upper, lower, strip, split, join, replace, startswith, endswith, find
s = '  Hello, World  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')))
print(s.upper(), s.lower(), 'MiXeD'.lower(), 'café'.upper())
print('a,b,,c'.split(','), 'a b  c\td\n'.split(), '  '.split(), ''.split(','), 'a-b-c'.split('-', 1))
print('-'.join(['x', 'y', 'z']), ''.join(['a', 'b']), ', '.join('abc'), repr('+'.join([])))
print('banana'.replace('a', 'o'), 'banana'.replace('an', ''), 'aaa'.replace('a', 'b', 2), 'x'.replace('', '-'))
print('prefix_name'.startswith('prefix'), 'name.py'.endswith('.py'), 'abc'.startswith(''), 'ab'.endswith('abc'))
print('hello'.find('l'), 'hello'.find('z'), 'hello'.find('lo'), 'hello'.find(''), 'hello'.find('l', 3))
words = 'the quick brown fox'.split()
print('_'.join(w.upper() for w in words), len(words))
