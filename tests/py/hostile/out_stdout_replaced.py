# sys.stdout replaced: None makes print do nothing, an object with write() receives the pieces, an object without one is an AttributeError
import sys
real = sys.stdout


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


sys.stdout = None
print('lost')
c = Collect()
sys.stdout = c
print('a', 'b', sep='-', end='!')
print(1, 2)
sys.stdout = real
print(c.parts)
sys.stdout = 42
try:
    print('x')
except AttributeError as e:
    sys.stdout = real
    print(type(e).__name__, e)
print('end', sys.stdout is sys.__stdout__)
