# yield from an iterator class: the value its StopIteration carries is the value of the yield from
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration("ret")
        return self.n
def g():
    r = yield from It()
    print("got", r)
print(list(g()))
def h():
    r = yield from iter([7, 8])
    print("list iterator gives", r)
print(list(h()))
