# a bare raise with no exception being handled is itself an error
def f():
    raise
print('start')
f()
