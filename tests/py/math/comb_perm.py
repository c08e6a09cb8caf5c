# comb and perm on small and big ints (gmp), their argument checks and
# CPython's messages
import math
def t(f, *args):
    try:
        print(f.__name__, args, math.__dict__[f.__name__](*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)
for args in [(10, 3), (100, 50), (10**20, 2), (5, 7), (0, 0), (-1, 2), (5, -2), (5.0, 2), (True, 1),
             (2**64, 2**64 - 2), ('5', 2), (5, '2'), (1,), ()]:
    t(math.comb, *args)
for args in [(10, 3), (10,), (5, None), (100, 60), (-1,), (5, 8), (5, -1), (2**70, 3), (3.0,), (1, 2, 3)]:
    t(math.perm, *args)
class Idx:
    def __index__(self):
        return 6
print(math.comb(Idx(), 2), math.perm(Idx(), Idx()))
print(len(str(math.comb(3000, 1500))), math.comb(3000, 1500) % 1000003)
