# a set subclass whose __new__ builds the instance with object.__new__ ends the program with "object.__new__(Bag) is not safe, use set.__new__()" raised inside __new__
class Bag(set):
    def __new__(cls, *items):
        print("making a", cls.__name__)
        return object.__new__(cls)


b = Bag(1, 2)
print(len(b))
