# Looking an attribute up along the MRO is cached (issue 18); every way a
# program can change what the lookup finds must be seen at once: class
# attributes set, replaced and deleted, on the class or on a base, methods
# patched in, classes made and dropped in a loop, __class__ reassigned, and
# a metaclass's attributes.
class Base:
    greeting = 'hello'

    def speak(self):
        return 'base'


class Child(Base):
    pass


c = Child()
for round in range(3):
    print(c.greeting, c.speak())
    if round == 0:
        Base.greeting = 'hi'                    # a base's attribute replaced
        Base.speak = lambda self: 'patched'     # a method patched in
    elif round == 1:
        Child.greeting = 'own'                  # now found earlier in the MRO
        del Base.speak
        Child.speak = lambda self: 'child'

del Child.greeting
print(c.greeting)
setattr(Base, 'greeting', 'set by setattr')
print(c.greeting, getattr(Child, 'greeting'))
delattr(Base, 'greeting')
try:
    c.greeting
except AttributeError as e:
    print('AttributeError:', e)

# a counter kept on the class: every increment changes the class
class Counter:
    count = 0

    def bump(self):
        type(self).count += 1
        return self.count


k = Counter()
print([k.bump() for _ in range(5)], Counter.count)

# classes made and dropped: a new class may reuse a dropped one's memory
seen = []
for i in range(200):
    cls = type('T', (), {'value': i, 'get': lambda self: self.value})
    seen.append(cls().get())
    del cls
print(sum(seen), seen[:3], seen[-1])

# __class__ assignment: the same instance, another class's attributes
class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'


x = A()
print(x.who())
x.__class__ = B
print(x.who())

# a metaclass's attribute, seen through the class
class Meta(type):
    tag = 'meta'


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.tag)
Meta.tag = 'changed'
print(WithMeta.tag)
WithMeta.tag = 'class'
print(WithMeta.tag, Meta.tag)

# a data descriptor added to the class after an instance attribute of the
# same name was read: the descriptor now wins
class D:
    pass


d = D()
d.size = 3
print(d.size)
D.size = property(lambda self: 'from property')
print(d.size)
del D.size
print(d.size)

# built-in types cannot be changed, and their lookups stay right
print((1).bit_length(), 'a'.upper(), [].__len__())
try:
    int.bit_length = None
except TypeError as e:
    print('TypeError:', e)
