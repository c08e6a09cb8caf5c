# list.sort and sorted read reverse= as a C int (not a truth value); Argument Clinic's message for an unknown keyword
class Idx:
    def __index__(self): return 1
cases = ['[2, 1, 3].sort(reverse=None)', '[2, 1].sort(reverse=1.0)', "[2, 1].sort(reverse='yes')",
         '[2, 1].sort(reverse=[])', '[2, 1].sort(reverse=2**40)', '[2, 1].sort(reverse=-2**31 - 1)',
         'sorted([2, 1], reverse=None)', 'sorted([2, 1], reverse=0.0)', 'sorted([2, 1], reverse=2**100)',
         '[].sort(kee=1)', 'sorted([], kee=1)', 'pow(1, 2, x=1)', 'round(1.5, nd=1)', 'sum([], strt=1)',
         'enumerate([], strt=1)', 'compile("1", "f", "eval", x=1)']
for src in cases:
    try:
        eval(src)
        print(src.ljust(36), 'no error')
    except Exception as e:
        print(src.ljust(36), type(e).__name__ + ':', e)
for rev in [True, False, 1, 0, -1, 7, Idx()]:
    a = [3, 1, 2]
    a.sort(reverse=rev)
    print(rev if not isinstance(rev, Idx) else 'Idx()', a, sorted('cab', reverse=rev))
