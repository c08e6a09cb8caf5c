# sub/subn with templates: \1, \g<name>, \g<0>, escapes, unmatched groups, count
import re
print(re.sub(r'(\w)(\w*)', r'\2\1ay', 'hello world'))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('(?P<x>a)', r'\g<x>\g<x>', 'cat'))
print(repr(re.sub('a', r'\n\t\\', 'a')), re.sub('a', r'\.\-', 'a'))
print(re.sub('(b)', r'\g<1>0', 'abc'), re.sub('x', r'\0', 'x') == '\0', re.sub('x', r'\101', 'x'))
print(re.subn('a', 'b', 'aaa'), re.subn('a', 'b', 'aaa', 2), re.sub('a', 'b', 'aaa', count=1))
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)', r'\g<d>/\g<m>/\g<y>', 'on 2023-01-31.'))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  '))
print(re.compile(r'\d').sub('#', 'a1b2', 1), re.compile(r'\d').subn('#', 'a1b2'))
print(re.sub('(x)', r'\g<0>\g<0>', 'axb'), re.sub('a', '', 'banana'), re.sub('q', 'z', 'abc'))
print(re.sub('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10', 'abcdefghijk'))
