# random.SystemRandom draws from os.urandom; str and bytes seeds are hashed
# with SHA-512 as CPython does; randbytes
import random
random.seed('hello')
print(random.random(), random.randint(1, 100))
random.seed(b'hello')
print(random.random())
random.seed(bytearray(b'hello'))
print(random.random())
random.seed('')
print(random.random())
random.seed('héllo wörld ' * 20)
print(random.random())
print(random.randbytes(5), random.Random(3).randbytes(9))
s = random.SystemRandom()
x = s.random()
print(0 <= x < 1, type(x))
print(s.getrandbits(0), s.getrandbits(20) < 2**20, len(s.randbytes(7)), s.randint(5, 5))
print(len(s.sample(range(100), 10)), s.choice('a') , s.seed(5))
for f in (s.getstate, lambda: s.setstate(None), lambda: s.getrandbits(-1), lambda: s.randbytes(-1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
import os
print(len(os.urandom(0)), len(os.urandom(100)), type(os.urandom(3)))
for a in (-1, 'a', 2**70):
    try:
        os.urandom(a)
    except Exception as e:
        print(type(e).__name__, e)
print('SystemRandom' in random.__all__, 'urandom' in os.__all__)
