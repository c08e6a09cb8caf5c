# center with a fill string longer than one character: TypeError (uncaught)
print('x'.center(5, '*'))
print('x'.center(5, '**'))
