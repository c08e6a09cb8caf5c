# startswith and endswith: a str or a tuple of str, start and end as slice bounds, Unicode
s = 'hello world'
for sub in ['', 'h', 'hello', 'world', 'd', 'hello world!', ('x', 'he'), ('x', 'y'), (), ('',)]:
    print(repr(sub), s.startswith(sub), s.endswith(sub))
for start in [None, -100, -5, 0, 1, 6, 11, 12]:
    print(start, [s.startswith(p, start) for p in ['', 'h', 'world', 'o']],
          [s.endswith(p, start) for p in ['', 'd', 'world', 'hello world']],
          [s.startswith('o', start, end) for end in [None, -5, 5, 100]])
print(s.startswith('o', 4, 5), s.endswith('o', 4, 5), s.endswith('lo', 0, 5), s.endswith('hello', 0, -6))
print('été'.startswith('é'), 'été'.endswith('té'), '日本語'.startswith('本', 1), '😀x'.endswith('x', 1), '😀x'.startswith('x', 1))
files = ['a.py', 'b.txt', 'c.PY', 'README', 'd.pyc']
print([f for f in files if f.endswith(('.py', '.txt'))], [f for f in files if f.lower().endswith('.py')])
print('abc'.startswith(('a', 1)), 'abc'.endswith(('c', None)))
for args in [(1,), ((1,),), (['a'],), ('a', 'x'), ('a', 1.5), (('b', 2),)]:
    for m in ('startswith', 'endswith'):
        try:
            print(m, getattr('abc', m)(*args))
        except TypeError as e:
            print(m, 'TypeError:', e)
