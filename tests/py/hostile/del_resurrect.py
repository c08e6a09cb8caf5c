# __del__ that resurrects its object: the finalizer runs once (PEP 442), the object lives on in a global, and is freed without a second call
import gc
saved = []


class Phoenix:
    calls = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Phoenix.calls += 1
        print('__del__', self.name, 'call', Phoenix.calls)
        saved.append(self)


p = Phoenix('a')
del p
print('after del: saved', [x.name for x in saved])
q = saved.pop()
print('popped', q.name)
del q
print('after second del: calls', Phoenix.calls, 'saved', len(saved))

# in a cycle: the collector finalizes, the object resurrects, the cycle is not freed
c = Phoenix('cyc')
c.me = c
del c
print('collected', gc.collect() >= 0, 'saved', [x.name for x in saved])
r = saved.pop()
r.me = None
del r
print('calls', Phoenix.calls)
