# mixing automatic and manual field numbering in str.format is a ValueError (uncaught)
print('{0} {1}'.format(1, 2), '{} {}'.format(1, 2))
print('{} {1}'.format(1, 2))
