# sub with a function: the match given, None taken as '', other results joined as CPython does
import re
print(re.sub(r'(\d+)', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'\d', lambda m: None, 'a1b2'))
print(re.subn('a', lambda m: 'x', 'aa'))
def upper(m):
    print('  called', m.span(), repr(m.group()))
    return m.group().upper()
print(re.sub(r'\b\w', upper, 'the quick fox'))
print(re.sub('x*', lambda m: '[' + m.group() + ']', 'axxb'))
try:
    re.sub('a', lambda m: 5, 'xa')
except TypeError as e:
    print('TypeError', e)
counter = iter(range(100))
print(re.sub('.', lambda m: str(next(counter)), 'abcd', count=3))
