# a str subclass key in an instance dict whose __eq__ deletes the class attribute being looked up: the lookup goes on safely
class Key(str):
    def __hash__(self):
        return hash('attr')

    def __eq__(self, other):
        if 'attr' in C.__dict__:
            del C.attr
        return str.__eq__(self, other)


class Descr:
    def __get__(self, obj, owner):
        return 'from descriptor'


class C:
    attr = Descr()


c = C()
c.__dict__[Key('attr2')] = 'odd key'
print(c.attr)
print('attr' in C.__dict__)
c2 = C()
C.attr = [1, 2, 3]
c2.__dict__[Key('zzz')] = 1
print(c2.attr)
