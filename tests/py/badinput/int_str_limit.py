# converting a 5000-digit string to int exceeds CPython 3.11's 4300-digit limit: ValueError (4300 digits still convert)
s = '9' * 4300
n = int(s)
print(n % 1000, n + 1 == 10 ** 4300)
print(int('9' * 5000))
