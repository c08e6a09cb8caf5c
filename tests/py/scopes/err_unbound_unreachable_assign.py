# even an assignment that can never run (after return, or under if False) makes the name local: the compiler decides statically
name = 'global name'
def f():
    print('f starts')
    if False:
        name = 'never'
    return name
f()
