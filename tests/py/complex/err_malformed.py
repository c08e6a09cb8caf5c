# complex() of a malformed string: ValueError
print(complex('1+2j'))
print(complex('1+2'))
