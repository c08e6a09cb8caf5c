# with: __enter__ result bound by as, __exit__ always called with the exception (or three Nones); a true return value suppresses the exception
class Tag:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('<' + self.name + '>')
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('</' + self.name + '>', exc_type.__name__ if exc_type else None, repr(exc), tb is None)
        return self.suppress

with Tag('a') as value:
    print('body', value)
with Tag('quiet', suppress=True):
    print('about to fail')
    1 / 0
    print('never')
print('after quiet')
try:
    with Tag('loud'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
with Tag('outer'), Tag('inner', True) as inner:
    print('inner is', inner)
    raise ValueError('swallowed by inner')
def early():
    with Tag('func'):
        return 'returned'
print(early())
for i in range(3):
    with Tag('loop' + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)
