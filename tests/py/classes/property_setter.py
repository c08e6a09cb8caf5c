# @property with a getter, a validating setter and a deleter; a computed read-only property
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance          # goes through the setter
    @property
    def balance(self):
        print('  get balance')
        return self._balance
    @balance.setter
    def balance(self, value):
        print('  set balance', value)
        if value < 0:
            raise ValueError('balance cannot be negative')
        self._balance = value
    @balance.deleter
    def balance(self):
        print('  del balance')
        self._balance = 0
    @property
    def summary(self):
        return self.owner + ': ' + str(self._balance)

a = Account('ann', 10)
print(a.balance)
a.balance += 5
print(a.summary)
try:
    a.balance = -1
except ValueError as e:
    print('ValueError:', e)
del a.balance
print(a.summary)
try:
    a.summary = 'x'
except AttributeError as e:
    print('AttributeError:', e)
print(type(Account.balance).__name__, 'balance' in a.__dict__, '_balance' in a.__dict__)
