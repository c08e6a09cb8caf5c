# after del of a local, reading it raises UnboundLocalError (there is no fallback to the global)
value = 'global'
def f():
    value = 'local'
    print(value)
    del value
    print(value)
f()
