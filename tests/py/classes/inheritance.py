# single inheritance: overriding, inherited methods, calling the parent explicitly, attribute lookup through the chain
class Animal:
    sound = '...'
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
    def kind(self):
        return type(self).__name__

class Dog(Animal):
    sound = 'woof'

class Bird(Animal):
    sound = 'tweet'
    legs = 2
    def speak(self):
        return Animal.speak(self) + ' (flying)'

class Parrot(Bird):
    def __init__(self, name, words):
        Bird.__init__(self, name)
        self.words = words
    def speak(self):
        return self.name + ' says ' + ', '.join(self.words)

for a in [Animal('generic'), Dog('rex'), Bird('tweety'), Parrot('polly', ['hello', 'cracker'])]:
    print(a.kind(), a.legs, '|', a.speak())
print(issubclass(Parrot, Animal), issubclass(Animal, Parrot))
print(Parrot.__bases__[0].__name__, Bird.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Parrot.__mro__])
print('speak' in Parrot.__dict__, 'kind' in Parrot.__dict__, 'sound' in Dog.__dict__)
