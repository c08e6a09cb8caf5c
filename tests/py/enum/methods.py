# methods, properties, classmethods and staticmethods on an enum; members with tuple values unpacked into __init__; __str__/__repr__ overridden; class attributes that are not members
from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)
    def describe(self):
        return "%s weighs %.3e" % (self.name.title(), self.mass)
    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)
    @staticmethod
    def unit():
        return "kg"
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY.describe())
print(Planet.heaviest(), Planet.unit(), Planet((3.303e+23, 2.4397e6)), len(Planet))
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    _ignore_ = ['temp']
    temp = 5
    def __str__(self):
        return "my custom str! {0}".format(self.value)
    def __repr__(self):
        return "Mood<%s>" % self.name
print(Mood.FUNKY, repr(Mood.HAPPY), [Mood.FUNKY], format(Mood.HAPPY), hasattr(Mood, 'temp'))
class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.MONDAY.next(), Weekday.TUESDAY.next(), Weekday.MONDAY.next.__name__)
