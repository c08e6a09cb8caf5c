# with sys.setrecursionlimit raised, the compiler takes trees as deep as 3 levels per unit of the limit: a 10,000-term sum and a 10,000-deep attribute chain compile and run; with the limit lowered, 300 is too deep
import sys


class Chain:
    @property
    def a(self):
        return self


sys.setrecursionlimit(20000)
print(eval('+'.join(['1'] * 10000)))
print(type(eval('c' + '.a' * 10000, {'c': Chain()})).__name__)
exec('x = ' + '-' * 5000 + '1')
print(x)
sys.setrecursionlimit(100)
try:
    eval('+'.join(['1'] * 300))
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(1000)
