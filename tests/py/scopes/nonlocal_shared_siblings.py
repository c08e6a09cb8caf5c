# two sibling closures declaring the same nonlocal share one cell
def account():
    balance = 0
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return 'refused'
        balance -= n
        return balance
    return deposit, withdraw, lambda: balance
dep, wd, get = account()
print(dep(50), wd(20), wd(100), dep(5), get())
dep2, wd2, get2 = account()
print(get2(), dep2(1), get())
