# a float power too large for a double raises OverflowError (unlike multiplication, which gives inf)
print(2.0 ** 1000 > 0, 1e300 * 1e10)
print(2.0 ** 10000)
