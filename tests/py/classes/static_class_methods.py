# @staticmethod and @classmethod: called on the class and on instances; a classmethod constructor returns the subclass
class Temperature:
    unit = 'C'
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def is_freezing(c):
        return c <= 0
    @classmethod
    def describe(cls):
        return cls.__name__ + ' in ' + cls.unit
    def __repr__(self):
        return type(self).__name__ + '(' + str(self.degrees) + ')'

class Kelvinish(Temperature):
    unit = 'K-ish'

t = Temperature.from_fahrenheit(212)
print(t, Temperature.from_fahrenheit(32))
k = Kelvinish.from_fahrenheit(50)
print(k, type(k) is Kelvinish)
print(Temperature.is_freezing(-3), t.is_freezing(5), k.is_freezing(0))
print(Temperature.describe(), Kelvinish.describe(), k.describe())
sm = Temperature.is_freezing
print(sm(1), sm(-1))
print(type(Temperature.__dict__['is_freezing']).__name__, type(Temperature.__dict__['from_fahrenheit']).__name__)
