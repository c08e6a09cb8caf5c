# re.escape (str and bytes) and re.purge
import re
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m-n#o&p~q"r\'s%t'))
print(re.escape(b'a.b c'), re.escape('é\t\n'), re.escape(''), re.escape('_ab9'))
for s in ['1+1=2', '[x]', 'a\\b', 'tab\there']:
    print(bool(re.fullmatch(re.escape(s), s)))
print(re.purge())
print(re.match('a', 'a') is not None)
