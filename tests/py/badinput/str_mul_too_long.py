# a string repetition whose length would overflow raises OverflowError: repeated string is too long
print(len('ab' * 1000))
print('ab' * (2 ** 62))
