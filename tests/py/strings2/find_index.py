# find, rfind, index, rindex with start and end: the same answers as searching the slice s[start:end]
s = 'abracadabra'
u = 'día día día'
subs = ['a', 'abra', 'cad', 'z', '', 'ra', 'bra']
bounds = [None, -100, -5, -1, 0, 1, 3, 7, 11, 12, 100]
for text, tsubs in ((s, subs), (u, ['í', 'día', ' d', 'a', '', 'x'])):
    for sub in tsubs:
        row = []
        for start in bounds:
            for end in bounds:
                f, r = text.find(sub, start, end), text.rfind(sub, start, end)
                # the meaning of start/end: a search in text[start:end]
                sl = text[start:end]
                off = len(text[:start]) if start is not None else 0
                ef = sl.find(sub)
                if ef >= 0 and sub:
                    assert f == ef + off, (text, sub, start, end, f)
                row.append((f, r))
        print(repr(sub), row[:12])
        print('   ', row[60:72])
print(s.find('a'), s.rfind('a'), s.index('bra'), s.rindex('bra'), s.find('a', 1), s.find('a', 1, 3))
print(s.find('a', True), s.find('a', None, None), s.rfind('', 5), s.find('', 11), s.find('', 12))
print('😀a😀a'.find('a'), '😀a😀a'.rfind('a'), '😀a😀a'.index('😀', 1), '日本語日本'.rindex('日本'))
for sub in ['bra', 'x']:
    try:
        print(s.index(sub), s.rindex(sub))
    except ValueError as e:
        print('ValueError:', e)
try:
    s.rindex('a', 1, 2)
except ValueError as e:
    print('ValueError:', e)
class Idx:
    def __index__(self):
        return 3
print(s.find('a', Idx()), s.count('a', Idx()), s.startswith('a', Idx()))
print(s.find('a', 10**30), s.find('a', -10**30), s.rfind('a', 0, 10**30))
