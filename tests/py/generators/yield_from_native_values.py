# the value of yield from over native and user iterators is StopIteration's value (None for builtins)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration("itval")
        return self.i
def sv(it):
    r = yield from it
    print("sv r", repr(r))
for it in [iter([1]), iter(()), iter(range(2)), iter({1:2}), iter("ab"), map(str,[1]), zip([1],[2]), enumerate([5]), It(), reversed([1])]:
    list(sv(it))
