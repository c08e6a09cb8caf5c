# a missing keyword field in str.format raises KeyError with the name (uncaught)
print('{name}'.format(name='x'))
print('Hello {name}'.format(nmae='Ada'))
