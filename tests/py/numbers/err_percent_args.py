# too few arguments for a printf-style format ends the program
print('%s and %s' % ('a', 'b'))
print('%s and %s' % ('a',))
