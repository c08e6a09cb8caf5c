# split with an empty separator raises ValueError: empty separator (uncaught)
print('a,b'.split(','))
print('a b'.split(None))
print('a,b'.split(''))
