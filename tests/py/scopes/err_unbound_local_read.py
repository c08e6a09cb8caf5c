# reading a name before its assignment in the same function: it is local for the whole function, so the global is not used (UnboundLocalError)
total = 100
def report():
    print('total is', total)
    total = 0
print(total)
report()
