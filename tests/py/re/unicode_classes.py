# \d \w \s \b for str patterns: Unicode unless re.ASCII, as Python's str methods count them
import re
print(re.findall(r'\d+', '12 ٣٤ ½ ²'), re.findall(r'\d+', '12 ٣٤', re.A))
print(re.findall(r'\w+', 'héllo_1 ½x ²'), re.findall(r'\w+', 'héllo', re.A))
print(re.findall(r'\s+', 'a\x1c\x1d b\u180e\u2003c\xa0'), re.findall(r'\S+', 'a\x1cb'))
print(re.findall(r'[\s]+', 'a\x1c \x1fb'), re.findall(r'[^\s]+', 'a\x1c \x1fb'))
print(re.findall(r'\s', ' \t\n\r\f\v', re.A), re.findall(r'\s', '\x85\xa0', re.A))
print(re.findall(r'\bfoo\b', 'a foo. foobar'), re.findall(r'\Bo', 'foo'))
print(re.findall(r'(?a:\b)x', 'éx'), re.findall(r'(?a)[\w]+', 'ab_é'), re.findall(r'(?a:[\W]+)', 'ab_é!'))
print(re.findall(r'\w+', 'Ωmega αβγ Привет 中文 ১২৩'))
print(re.findall(r'[\d\D]', 'a1'), re.findall(r'[^\d]+', 'ab1c'), re.findall(r'\D+', 'a٣b'))
print(re.findall(r'\W+', 'a,-b é'), re.findall(r'[\w-]+', 'well-known fact'))
