# a class body is a scope, but methods do not see its names: x in a method is the global, the class's x needs self.x or Class.x
x = 'global x'
class A:
    x = 'class x'
    y = x + ' (read in the class body)'
    def method(self):
        return x
    def via_self(self):
        return self.x
    def via_class(self):
        return A.x
    z = [x]              # the class body itself sees its own x
a = A()
print(a.method())
print(a.via_self(), a.via_class())
print(A.y, A.z)
def factory():
    x = 'enclosing function x'
    class B:
        def method(self):
            return x     # the enclosing function's x, through a cell; the class scope is skipped
        x = 'class B x'
    return B
print(factory()().method(), factory().x)
