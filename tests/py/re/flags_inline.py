# flags as arguments and inline: global at the start, scoped (?i:...), (?-i:...), verbose
import re
print(re.findall('a', 'aA', re.I), re.findall('(?i)a', 'aA'), re.findall('(?i:a)A', 'aA AA aa'))
print(re.findall('(?-i:a)b', 'aB AB ab', re.I))
print(re.findall('^b', 'a\nb', re.M), re.findall('(?m)^\\w', 'a\nb'), re.findall('(?m:^)x', 'x\nx'))
print(re.findall('.', 'a\nb'), re.findall('.', 'a\nb', re.S), re.findall('(?s:.)x', '\nx'))
print(re.match(r'(?x) a  b # comment' '\n' r' c', 'abc'))
print(re.match(r'(?x)[ ]a', ' a'), re.match(r'(?x)a\ b', 'a b'), re.match('a b', 'a b', re.X))
print(re.match('(?x: a b )c', 'abc'), re.match(r'(?x)a # c' '\n' '*', 'aaa'))
print(re.match('(?i)(?m)a', 'A').group(), re.compile('(?i)(?m)a').flags)
print(re.match('(?x)  (?i)a', 'A'), re.compile('(?a)\\w').flags)
print(re.findall('(?a:\\w+)', 'héllo'), re.findall('(?u)\\w+', 'héllo'))
print(re.match('(?i)é', 'É'), re.match('(?i)[a-z]+', 'ABCÉ'), re.match('(?i)k', '\u212a'))
print(re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.VERBOSE).findall('555-1234 and 777 8888'))
