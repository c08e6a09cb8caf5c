# a complex power that overflows is an OverflowError, "complex exponentiation"
print((1e10 + 1e10j) ** 10)
print((1e100 + 1e100j) ** 10)
