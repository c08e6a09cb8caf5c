# an ordinary program: a bank-account class hierarchy with properties, class/static methods, super(), custom exceptions, dunder methods and a bank container
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount}: balance is {account.balance}')
        self.account = account
        self.amount = amount

class FrozenAccount(BankError):
    pass

class Account:
    _next_number = 1000
    kind = 'basic'
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.history = []
        self.frozen = False
        self.number = Account._issue_number()
        if balance:
            self.deposit(balance)
    @classmethod
    def _issue_number(cls):
        Account._next_number += 1
        return Account._next_number
    @classmethod
    def opening(cls, owner, amount):
        return cls(owner, amount)
    @staticmethod
    def check_amount(amount):
        if not isinstance(amount, (int, float)) or isinstance(amount, bool):
            raise TypeError(f'amount must be a number, not {type(amount).__name__}')
        if amount <= 0:
            raise ValueError(f'amount must be positive, got {amount}')
    @property
    def balance(self):
        return self._balance
    def _record(self, what, amount):
        self.history.append((what, amount, self._balance))
    def deposit(self, amount):
        self.check_amount(amount)
        if self.frozen:
            raise FrozenAccount(f'account {self.number} is frozen')
        self._balance += amount
        self._record('deposit', amount)
        return self
    def can_withdraw(self, amount):
        return amount <= self._balance
    def withdraw(self, amount):
        self.check_amount(amount)
        if self.frozen:
            raise FrozenAccount(f'account {self.number} is frozen')
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self._record('withdraw', amount)
        return amount
    def month_end(self):
        pass
    def __repr__(self):
        return f'{type(self).__name__}({self.owner!r}, {self._balance})'
    def __str__(self):
        return f'#{self.number} {self.owner:<6} {self.kind:<8} {self._balance:>9.2f}'
    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number
    def __hash__(self):
        return hash(self.number)
    def __lt__(self, other):
        return self._balance < other._balance

class Savings(Account):
    kind = 'savings'
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def month_end(self):
        interest = round(self._balance * self.rate / 12, 2)
        if interest > 0:
            self._balance += interest
            self._record('interest', interest)

class Checking(Account):
    kind = 'checking'
    fee = 1.5
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def can_withdraw(self, amount):
        return amount <= self._balance + self.overdraft
    def month_end(self):
        self._balance -= self.fee
        self._record('fee', self.fee)

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
    def open(self, account):
        self.accounts[account.number] = account
        return account
    def __len__(self):
        return len(self.accounts)
    def __iter__(self):
        return iter(sorted(self.accounts.values(), key=lambda a: a.number))
    def __getitem__(self, number):
        return self.accounts[number]
    def __contains__(self, account):
        return account.number in self.accounts
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except BankError as e:
            print('  transfer refused:', e)
            return False
        else:
            dst.deposit(amount)
            print(f'  moved {amount} from {src.owner} to {dst.owner}')
            return True
        finally:
            print('  audit:', src.owner, '->', dst.owner, amount)
    def total(self):
        return sum(a.balance for a in self)

bank = Bank('Toy Bank')
ann = bank.open(Savings('ann', 1200, rate=0.05))
bob = bank.open(Checking.opening('bob', 50))
cy = bank.open(Account('cy'))
print(len(bank), [repr(a) for a in bank])
bank.transfer(ann, bob, 300)
bank.transfer(bob, cy, 420)
bank.transfer(bob, cy, 400)
cy.frozen = True
bank.transfer(cy, ann, 10)
try:
    bank.transfer(ann, cy, 10)      # the deposit fails in the else block: the except clauses do not cover it
except FrozenAccount as e:
    print('  escaped from else:', e, '| ann keeps', ann.balance)
    ann.deposit(10)
cy.frozen = False
for bad in [-5, 'ten', True, 0]:
    try:
        ann.deposit(bad)
    except (TypeError, ValueError) as e:
        print(f'  {type(e).__name__}: {e}')
for account in bank:
    account.month_end()
for account in bank:
    print(account)
print('richest:', max(bank).owner, '| poorest:', min(bank).owner)
print('total: %.2f' % bank.total())
print(bank[1001] == ann, ann in bank, Account('dan') in bank, len({ann, bank[1001], bob}))
for what, amount, after in ann.history:
    print(f'  {what:<9}{amount:>8}{after:>10.2f}')
print([c.__name__ for c in Checking.__mro__], isinstance(bob, Account), issubclass(Savings, Checking))
try:
    bob.withdraw(10_000)
except InsufficientFunds as e:
    print('InsufficientFunds:', e.args[0], '| amount', e.amount, '| owner', e.account.owner)
