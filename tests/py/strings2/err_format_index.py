# str.format with fewer arguments than fields: IndexError Replacement index ... out of range (uncaught)
print('{} and {}'.format('a', 'b'))
print('{} and {} and {}'.format('a', 'b'))
