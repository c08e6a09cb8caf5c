# fnmatch.translate: CPython's regular expressions for stars, sets, ranges run backwards, set operators; bytes patterns
import fnmatch
for p in ['*.py','a*b*c','[!a-c]','*','**a*','[a-]','[]]','[!]','[]','[a-c-e]','[z-a]','[a\\b]','[&&]','[^x]','[[a]','?*?','a[b','[!a-c-]','[--a]','a**b*', '[a-c-e-g]', '[!--]', '[a-b-]', '[~|]', 'x[!]]y', '[b-a-c]', '', '[*]', '\\*']:
    print(repr(p), repr(fnmatch.translate(p)))
print(fnmatch.fnmatchcase(b'ab.c', b'*.c'), fnmatch.filter(['a.py', 'b'], '*.py'), fnmatch.fnmatchcase('a' * 50, '*a*a*a*a*a*a*b'))
