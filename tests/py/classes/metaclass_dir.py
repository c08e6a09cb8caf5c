# dir() of a class asks its metaclass's __dir__ when the metaclass has one (and sorts what it returns); otherwise it lists the class's and its bases' attributes
class Meta(type):
    def __dir__(cls):
        return ['zeta', 'alpha', cls.__name__]
class A(metaclass=Meta):
    x = 1
class B(A):
    y = 2
print(dir(A), dir(B))
class Plain(type):
    pass
class C(metaclass=Plain):
    z = 3
print([n for n in dir(C) if not n.startswith('__')], '__init__' in dir(C))
print(dir(Meta)[:3] == sorted(dir(Meta))[:3], 'mro' in dir(Meta))
