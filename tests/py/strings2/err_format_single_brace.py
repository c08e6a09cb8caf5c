# a lone '}' in a format string is a ValueError (uncaught)
print('{{literal}}'.format())
print('oops}'.format())
