# output printed with end='' just before the error must be flushed too
print('partial line', end='')
print(' continued', end='')
None + 1
