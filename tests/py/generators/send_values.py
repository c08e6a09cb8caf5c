# send(): the value becomes the result of the yield expression; the first send must be None (or next); a running average coroutine
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        print('  received', value)
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(0))
def echo():
    reply = 'ready'
    while True:
        got = yield reply
        reply = 'echo: ' + repr(got)
e = echo()
print(e.send(None), e.send('hi'), next(e), e.send([1]))
fresh = echo()
try:
    fresh.send('too early')
except TypeError as err:
    print('TypeError:', err)
