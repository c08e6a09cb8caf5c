# except takes a class or a flat tuple of classes: a tuple inside the tuple is a TypeError, however deep (no recursion)
def check(t):
    try:
        try:
            raise ValueError('v')
        except t:
            print('caught')
    except TypeError as e:
        print(type(e).__name__, e)
    except ValueError as e:
        print('not caught', e)


check((KeyError, ValueError))
check((KeyError, (ValueError,)))
check(((ValueError,),))
t = ValueError
for i in range(100000):
    t = (t,)
check(t)
check((KeyError, 'ValueError'))
check(())
