# repeating a string by a count that does not fit a machine index raises OverflowError
print('ab' * 3)
print('a' * (2 ** 63))
