# split and subgroup by a type, a tuple of types, or a predicate
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2),
                           ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup((TypeError, KeyError))))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(ExceptionGroup) is eg, eg.split(Exception)[0] is eg)
print(eg.subgroup(OSError), eg.split(OSError)[0], eg.split(OSError)[1] is not None)
print(eg.subgroup(lambda e: e is eg) is eg)
for bad in [1, (ValueError, 2), "x"]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(e)
