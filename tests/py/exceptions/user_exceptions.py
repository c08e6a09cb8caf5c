# user exception classes: a hierarchy, extra attributes, a custom __init__ calling super().__init__, a custom __str__
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available
    def __str__(self):
        return 'need %d more' % (self.needed - self.available)
class AccountLocked(BankError):
    pass

def withdraw(balance, amount, locked=False):
    if locked:
        raise AccountLocked('account is locked')
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount

for args in [(100, 30), (10, 50), (10, 5, True)]:
    try:
        print('left', withdraw(*args))
    except InsufficientFunds as e:
        print('InsufficientFunds:', e, e.args, e.needed, repr(e))
    except BankError as e:
        print(type(e).__name__ + ':', e, isinstance(e, Exception))
print([c.__name__ for c in InsufficientFunds.__mro__])
