# empty matches in sub, findall, finditer and split follow 3.7's rule: none right after another at the same place
import re
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'), re.sub('b*', '-', 'abc'))
print(re.findall(r'\b', 'ab cd'), re.findall('|a', 'a'), re.findall('a|', 'aba'))
print([m.span() for m in re.finditer('x*', 'xaxx')])
print(re.subn('(?=a)', '^', 'banana'))
print(re.sub('$', '!', 'line\n'), re.sub('(?m)^', '> ', 'a\nb\n'))
print(re.split(r'x*', 'axbc'), re.sub('a?', '.', 'baac'))
print(re.findall(r'\d*', '12a3'))
