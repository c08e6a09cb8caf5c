# a generator that yields again after GeneratorExit makes close() raise RuntimeError; a later close that lets it finish succeeds
def stubborn():
    refusals = 0
    while True:
        try:
            yield 'value'
        except GeneratorExit:
            refusals += 1
            print('got GeneratorExit, refusal', refusals)
            if refusals == 2:
                return
g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)
g.close()
print('closed', next(g, 'nothing left'))
