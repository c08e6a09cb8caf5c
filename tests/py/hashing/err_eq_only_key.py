# instances of a class with __eq__ but no __hash__ cannot be dict keys: unhashable type: 'Card'
class Card:
    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        return self.rank == other.rank


print(Card(3) == Card(3))
hand = {Card(3): 'three'}
