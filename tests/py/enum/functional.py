# the functional API: Enum('Name', 'A B C'), names with commas, a list of names, (name, value) pairs, a dict, start=, and the module (the caller's, or module=) and qualname= of the new class
from enum import Enum, IntEnum
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal, Animal.__name__)
print(list(Enum('E', 'X, Y,Z')), list(Enum('L', ['P', 'Q'])), list(Enum('T', [('ONE', 1), ('TEN', 10)])))
print(list(Enum('D', {'a': 'x', 'b': 'y'})), list(IntEnum('N', 'ZERO ONE', start=0)))
print(Animal(3), Animal['ANT'], repr(Animal.CAT), IntEnum('K', 'A').A + 1)
print(Animal.__module__, Enum('M', 'A', module='elsewhere').__module__, Enum('Q', 'A', qualname='Outer.Q').__qualname__)
