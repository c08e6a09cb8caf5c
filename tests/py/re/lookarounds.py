# lookahead and lookbehind, positive and negative, and groups inside them
import re
print(re.findall(r'(?<=\$)\d+', 'cost $42 or $7'), re.findall(r'(?<!x)y', 'xy zy'))
print(re.findall(r'\w+(?=!)', 'hi! yo'), re.findall(r'(?!a)\w', 'ab'))
print(re.search(r'(?<=(a))b', 'ab').groups(), re.search(r'(?=(\w+))\w', 'abc').groups())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.findall(r'(?<![\w.])\d+(?![\w.])', '12 a3 4.5 67'))
print(re.findall(r'(?<=ab|cd)x', 'abx cdx ex'))
print(re.match(r'(?=.*\d)(?=.*[a-z]).{6,}', 'abc123'), re.match(r'(?=.*\d)(?=.*[a-z]).{6,}', 'abcdef'))
