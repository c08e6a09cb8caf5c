# close() raises GeneratorExit at the paused yield: finally blocks run; closing a finished or never-started generator is fine
def worker():
    print('  worker starts')
    try:
        n = 0
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print('  got GeneratorExit')
        raise
    finally:
        print('  cleanup in finally')

w = worker()
print(next(w), next(w))
print('closing')
w.close()
print('closed; next gives', next(w, 'nothing'))
w.close()
unstarted = worker()
unstarted.close()
print('closing an unstarted generator runs nothing')
def ignores():
    try:
        yield 1
    finally:
        print('  finally of ignores')
g = ignores()
next(g)
del g
print('dropping the last reference closes it too')
for v in worker():
    if v == 2:
        break
print('after break out of a for loop')
