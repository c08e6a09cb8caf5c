# converting an int too large for a double to float raises OverflowError
print(float(10 ** 308))
print(float(10 ** 400))
