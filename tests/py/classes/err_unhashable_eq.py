# defining __eq__ without __hash__ makes instances unhashable: __hash__ is set to None
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
print(Money(5) == Money(5), Money.__hash__ is None)
try:
    hash(Money(1))
except TypeError as e:
    print('TypeError:', e)
prices = {Money(100): 'one dollar'}
