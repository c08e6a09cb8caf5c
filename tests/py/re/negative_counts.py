# negative maxsplit and count do nothing, as CPython; bool and index group numbers; a bad template fails before any match
import re
print(re.split(',', 'a,b,c', -1), re.split(',', 'a,b,c', maxsplit=-5), re.sub('a', 'b', 'aaa', -1), re.subn('a', 'b', 'aaa', count=-2))
m = re.match('(a)(b)', 'ab')
print(m.group(True), m[False], m.span(True))
try:
    m[1:2]
except IndexError as e:
    print('IndexError', e)
print(re.sub('a', r'\1' if False else 'x', 'xyz'))
try:
    re.sub('a', r'\1', 'xyz')
except re.error as e:
    print(e)
