# a list repetition too large to allocate raises MemoryError
print(len([0] * 10 ** 6))
x = [0] * (2 ** 62)
