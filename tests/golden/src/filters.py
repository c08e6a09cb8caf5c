# filters.py -- a program to narrate only in part, as in a lecture:
#   --trace-only=Account.deposit    the method, and what it calls
#   --trace-only=inner              a nested function by its plain name
#   --trace-lines=26-27             only what the main script does there
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance = add(self.balance, amount)
        return self.balance


def add(a, b):
    return a + b


def outer(n):
    def inner(k):
        return k * n
    return [inner(i) for i in range(2)]


acct = Account("ada")
acct.deposit(10)
acct.deposit(5)
print(acct.balance, outer(3))
print(add(1, 2))
