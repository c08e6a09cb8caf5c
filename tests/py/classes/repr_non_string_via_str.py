# str() of an object whose class defines only __repr__ goes through
# object.__str__, which calls __repr__: a non-string result is reported as
# __str__'s, and repr() reports it as __repr__'s.
class OnlyRepr:
    def __repr__(self):
        return 5

class OnlyStr:
    def __str__(self):
        return 3.5

for f in (str, repr, print, lambda o: f'{o}', lambda o: '%s' % o):
    for o in (OnlyRepr(), OnlyStr()):
        try:
            f(o)
        except TypeError as e:
            print(type(o).__name__, e)
