# a method called with too many positional arguments
class Calculator:
    def add(self, a, b):
        return a + b
c = Calculator()
print(c.add(1, 2))
print(c.add(1, 2, 3))
