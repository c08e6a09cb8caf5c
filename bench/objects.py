# General benchmark: closures and method calls on objects -- a small
# class-heavy simulation: a bank with accounts (methods, properties,
# inheritance, super(), __repr__), events dispatched through a dict of bound
# methods, and closures as counters and filters. Prints checksums.
class Account:
    fee = 1

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = 0

    @property
    def rich(self):
        return self.balance > 5000

    def deposit(self, amount):
        self.balance += amount
        self.history += 1
        return self.balance

    def withdraw(self, amount):
        if amount + self.fee > self.balance:
            return False
        self.balance -= amount + self.fee
        self.history += 1
        return True

    def __repr__(self):
        return "Account(%r, %d)" % (self.owner, self.balance)


class Savings(Account):
    fee = 2

    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def accrue(self):
        interest = self.balance * self.rate // 1000
        return self.deposit(interest)


class Bank:
    def __init__(self):
        self.accounts = []
        self.log = make_counter()

    def open(self, account):
        self.accounts.append(account)
        self.log()
        return account

    def transfer(self, src, dst, amount):
        if src.withdraw(amount):
            dst.deposit(amount)
            return True
        return False

    def total(self):
        return sum(a.balance for a in self.accounts)


def make_counter():
    count = 0

    def tick(step=1):
        nonlocal count
        count += step
        return count
    return tick


def make_filter(limit):
    return lambda account: account.balance >= limit


def main():
    bank = Bank()
    for i in range(200):
        if i % 3 == 0:
            bank.open(Savings("s%d" % i, 3000 + i * 20, 5 + i % 7))
        else:
            bank.open(Account("a%d" % i, 2000 + i * 30))

    done = make_counter()
    failed = make_counter()
    x = 12345
    accounts = bank.accounts
    n = len(accounts)
    for step in range(900000):
        x = (x * 1103515245 + 12345) % 2147483648
        src = accounts[x % n]
        dst = accounts[(x >> 8) % n]
        if bank.transfer(src, dst, x % 100):
            done()
        else:
            failed()
        if step % 1000 == 0:
            for a in accounts:
                if isinstance(a, Savings):
                    a.accrue()

    rich = make_filter(5000)
    print(bank.total(), done(0), failed(0), bank.log(0))
    print(sum(1 for a in accounts if rich(a)), sum(1 for a in accounts if a.rich))
    print(max(accounts, key=lambda a: a.balance), sum(a.history for a in accounts))


main()
