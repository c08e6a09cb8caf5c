# startswith with a list instead of a tuple: TypeError naming the type (uncaught)
print('file.py'.endswith(('.py', '.txt')))
print('file.py'.endswith(['.py', '.txt']))
