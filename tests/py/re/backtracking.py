# heavy backtracking still ends with the right answer (the match limit is raised, not reported)
import re
print(re.match(r'(a|aa)+$', 'a' * 22 + 'b'))
print(re.match(r'(a+)+$', 'a' * 18 + 'b'))
print(re.match(r'(x+x+)+y', 'x' * 16))
print(re.match(r'(a|aa)+$', 'a' * 30))
