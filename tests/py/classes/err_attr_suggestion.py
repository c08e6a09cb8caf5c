# AttributeError on a user instance with CPython 3.11's "Did you mean" suggestion
class Order:
    def __init__(self):
        self.quantity = 3
        self.price = 10
    def total(self):
        return self.quantity * self.prise
o = Order()
print(o.quantity)
print(o.total())
