# a float and a str in one operation raise TypeError naming both types
print(1.5 * 2)
print(1.5 - '2')
