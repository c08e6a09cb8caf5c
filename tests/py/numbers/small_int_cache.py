# ints -5..256 are preallocated and shared, so `is` finds them identical; others are new objects each time
def make(text):
    return int(text)
for v in [-6, -5, -1, 0, 1, 100, 255, 256, 257, 1000, 2 ** 62, 2 ** 64]:
    a, b = make(str(v)), make(str(v))
    print(v, a is b, a == b, (v - 1) + 1 is v + 0)
x = 200
y = 200
k256 = 256
print(x is y, make('256') is k256, make('257') is make('257'))
n = 0
for i in range(300):
    n += 1
one = 1
print(n, n is make('300'), sum([100, 100, 56]) is k256, sum([100, 100, 57]) is make('257'))
print(True is bool(1), (1 == 1) is True, int(True) is one, make('0') is False, abs(-5) is make('5'))
