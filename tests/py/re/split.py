# split: with groups, maxsplit, empty matches (3.7 rules), leading and trailing separators
import re
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'a b c', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split('', 'abc'), re.split('b*', 'abc'), re.split(r'\b', 'a b'))
print(re.split('x', ''), re.split('(x)?y', 'ayb'), re.split('(a)|(b)', 'xaybz'))
print(re.split(',', 'a,b,,c,'), re.compile(';').split('x;y', 0))
print(re.split(r'\s*', 'a b'), re.split('(?=b)', 'abab'))
