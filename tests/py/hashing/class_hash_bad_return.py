# __hash__ must return an int: a str, a float or None is a TypeError naming the problem
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in ['1', 1.0, None, (1,), [1]]:
    try:
        print(hash(H(h)))
    except TypeError as e:
        print(type(h).__name__, 'TypeError:', e)
    try:
        {H(h): 1}
    except TypeError as e:
        print(type(h).__name__, 'as key TypeError:', e)
