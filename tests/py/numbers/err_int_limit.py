# str() of an int with more than 4300 digits ends the program
n = 10 ** 5000
print(n.bit_length())
print(n)
