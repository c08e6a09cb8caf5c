# the classic mistake: a method uses a class attribute without self, and there is no global of that name
class Circle:
    pi = 3.14159
    def __init__(self, r):
        self.r = r
    def area(self):
        return pi * self.r ** 2
c = Circle(2)
print(c.r)
print(c.area())
