# anchors: $ before a final newline, \Z only at the end, \A, ^ and $ with MULTILINE
import re
print(re.search('a$', 'a\n'), re.search('a$', 'a\n\n'), re.search(r'a\Z', 'a\n'), re.search(r'a\Z', 'a'))
print(re.findall('^', 'a\n', re.M), re.findall('$', 'a\nb\n', re.M), re.findall('$', 'a\nb\n'))
print(re.findall(r'\A\w', 'ab\ncd', re.M), re.findall(r'^\w', 'ab\ncd', re.M))
print(re.findall(r'\w$', 'ab\ncd\n', re.M), re.findall(r'\w\Z', 'ab\ncd'))
print(re.match('.', '\r'), re.search('a.c', 'a\rc'), re.search('^b', 'a\rb', re.M))
print(re.sub('(?m)$', ';', 'x\ny'), re.sub('$', ';', 'x\ny\n'))
