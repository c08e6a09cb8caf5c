# 3.11's possessive quantifiers and atomic groups, lazy and counted repeats, '{' as a literal
import re
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'), re.match(r'a++b', 'aab'), re.match(r'a*+a', 'aaa'))
print(re.findall(r'a{2,3}', 'aaaa'), re.findall(r'a{,2}', 'aaa'), re.findall(r'a{2}?', 'aaa'), re.findall(r'a{2,}?', 'aaaaa'))
print(re.match(r'a{', 'a{'), re.match(r'a{1,x}', 'a{1,x}'), re.match(r'x{}', 'x{}'), re.match('{', '{'), re.match('a{,}', 'aaa'))
print(re.findall(r'<.*?>', '<a><b>'), re.findall(r'<.*>', '<a><b>'), re.findall(r'\d+?', '123'))
print(re.match(r'(?:ab)*+c', 'ababc'), re.match(r'x?+x', 'x'), re.match(r'[ab]{2}+', 'abab'))
