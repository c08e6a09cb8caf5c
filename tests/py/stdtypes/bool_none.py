# bool is an int subclass: arithmetic, counting with sum, as list indices; None is a singleton compared with is
print(True + True, True * 10, False - 1, sum([True, False, True]), ['no', 'yes'][True], True / 2)
print(isinstance(True, int), True == 1, False == 0, hash(True) == hash(1))
print(bool(0), bool(0.0), bool(''), bool([]), bool({}), bool(set()), bool(range(0)), bool(None))
print(bool(-1), bool('False'), bool([0]), bool(0.1), str(True), repr(False), int(True), float(False))
print(True & False, True | False, True ^ True, ~True, -True, abs(False))
print(None is None, None == None, None == 0, None == False, type(None).__name__, str(None), repr(None))
def nothing():
    pass
print(nothing() is None, [None] * 2, {None: 'key'}[None])
print(sorted([True, 0, -1, False, 1]), max(False, True), min([True, 2]))
