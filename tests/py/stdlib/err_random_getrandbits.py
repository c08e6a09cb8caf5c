# random.getrandbits with a negative count raises ValueError from the C generator (uncaught)
import random
random.seed(3)
print(random.getrandbits(8))
random.getrandbits(-1)
