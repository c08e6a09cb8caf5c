# nonlocal at module level is a SyntaxError
print('never printed: the file does not compile')
nonlocal x
