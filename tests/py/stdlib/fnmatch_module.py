# fnmatch: fnmatchcase, fnmatch and filter with *, ?, [seq], [!seq], ranges and unclosed brackets, as CPython's
import fnmatch
cases = [("abc", "a*"), ("abc", "*c"), ("abc", "*b*"), ("abc", "a?c"), ("abc", "a[bx]c"), ("abc", "a[!b]c"),
         ("a[c", "a[c"), ("abc", "a[a-c]c"), ("abc", "*"), ("", "*"), ("", "?"), ("a]", "a]"), ("a]", "a[]]"),
         ("ab", "a[!]]"), ("test_x.T.test_foo", "*foo*"), ("abc", "ABC"), ("aaa", "a*a*a"), ("ab", "a*a"),
         ("x-y", "x[a-]y"), ("x-y", "x[-a]y"), ("a.py", "*.py"), ("a.pyc", "*.py")]
for name, pat in cases:
    print(name, pat, fnmatch.fnmatchcase(name, pat), fnmatch.fnmatch(name, pat))
print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))
