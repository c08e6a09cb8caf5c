# deeply nested groups: 300 levels compile and match, 1000 levels are a RecursionError as in CPython
import re
for n in (100, 300, 1000):
    try:
        p = re.compile('(' * n + 'a' + ')' * n)
        print(n, p.groups, bool(p.match('a')))
    except RecursionError as e:
        print(n, 'RecursionError')
    except re.error as e:
        print(n, 'error', e)
