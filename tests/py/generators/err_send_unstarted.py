# sending a value to a generator that has not started yet
def listener():
    while True:
        msg = yield
        print('got', msg)
g = listener()
next(g)
g.send('hello')
h = listener()
h.send('too soon')
