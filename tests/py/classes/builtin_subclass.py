# subclassing built-in types: list, dict, int and str keep their behaviour and gain methods; super() reaches the built-in methods
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
class CountingDict(dict):
    def __missing__(self, key):
        return 0
class Celsius(float):
    def __str__(self):
        return '%.1f°C' % self
class Loud(str):
    def shout(self):
        return self.upper() + '!'
class Logged(dict):
    def __setitem__(self, k, v):
        print('  set', k, v)
        super().__setitem__(k, v)

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4])
c = CountingDict()
for ch in 'mississippi':
    c[ch] = c[ch] + 1
print(sorted(c.items()), c['z'])
t = Celsius(21.456)
print(t, t + 1, isinstance(t, float))
w = Loud('hey')
print(w.shout(), w + ' you', len(w))
d = Logged()
d['a'] = 1
d.update(b=2)
print(d)
