# refs hash as their referent and compare equal when their referents are equal
import weakref

class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, K) and other.v == self.v
    def __hash__(self):
        return hash(self.v)

a, b = K(1), K(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(hash(ra) == hash(1), ra == rb, ra != rb)
h = hash(ra)
del a
print(ra == rb, ra == ra, hash(ra) == h)    # dead: by identity; hash kept
c = K(2)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
print(ra == 1, (ra < rb) if False else "no order")
try:
    ra < rb
except TypeError as e:
    print("TypeError:", e)
