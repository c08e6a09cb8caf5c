# removeprefix and removesuffix: only an exact prefix or suffix, at most once, Unicode, empty argument
cases = [('test_case.py', 'test_', '.py'), ('test_case.py', 'case', 'case'), ('aaa', 'a', 'a'), ('', '', ''), ('abc', '', ''),
         ('abc', 'abc', 'abc'), ('abc', 'abcd', 'zabc'), ('été', 'é', 'é'), ('日本語', '日本', '本語'), ('😀x😀', '😀', '😀')]
for s, p, q in cases:
    print(repr(s), repr(s.removeprefix(p)), repr(s.removesuffix(q)), repr(s.removeprefix(p).removesuffix(q)))
names = ['img_001.png', 'img_002.jpg', 'doc.png', 'img_.png']
print([n.removeprefix('img_').removesuffix('.png') for n in names])
for m in ('removeprefix', 'removesuffix'):
    for arg in (1, None, ['a']):
        try:
            getattr('abc', m)(arg)
        except TypeError as e:
            print('TypeError:', e)
