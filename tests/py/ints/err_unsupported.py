# an int plus a str raises TypeError naming both types
print(1 + 2)
print(1 + 'a')
