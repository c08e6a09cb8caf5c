# member descriptors misused: on the wrong object, outliving their class,
# slots that point back at their own instance
import gc

class S:
    __slots__ = ('a',)

m = S.a
class T:
    pass

for call in (lambda: m.__get__(T()), lambda: m.__set__(T(), 1), lambda: m.__delete__(5),
             lambda: m.__get__(), lambda: m.__set__(S())):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
del S
gc.collect()
print(m, m.__objclass__.__name__)

class R:
    __slots__ = ('me', 'name')

    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print('finalizing', self.name, self.me is self)

r = R('cycle')
del r
print('collected', gc.collect() > 0)

class Clearer:
    __slots__ = ('other',)

class Touchy:
    def __init__(self, owner):
        self.owner = owner

    def __del__(self):
        print('touchy sees', hasattr(self.owner, 'other'))

c = Clearer()
c.other = Touchy(c)
c.other = None
print('replaced')
c.other = Touchy(c)
del c.other
print('deleted')

class Many:
    __slots__ = tuple('s%d' % i for i in range(300))

big = Many()
for i in range(300):
    setattr(big, 's%d' % i, i * i)
print(sum(getattr(big, 's%d' % i) for i in range(300)), len(Many.__slots__))
