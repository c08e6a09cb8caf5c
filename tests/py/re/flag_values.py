# re's flags: an IntFlag with CPython 3.11's reprs, values and combinations
import re
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I | re.M, re.A | re.I, re.S | re.I | re.X)
print(repr(re.IGNORECASE), str(re.DOTALL), int(re.VERBOSE), int(re.A))
print(re.I == 2, isinstance(re.I, int), re.I & re.M, re.RegexFlag.MULTILINE)
print(re.IGNORECASE is re.I, re.RegexFlag(2), re.RegexFlag(8 | 16))
print(re.compile('a', re.I | re.M).flags, re.compile('(?s)(?x)a').flags)
for name in ['ASCII', 'IGNORECASE', 'LOCALE', 'UNICODE', 'MULTILINE', 'DOTALL', 'VERBOSE']:
    print(name, int(getattr(re, name)), getattr(re, name[0]) is getattr(re, name))
