"""A plain module: prints once when it is executed."""
print('simple: executing')
X = 1
_hidden = 'private'


def f():
    return 'simple.f'
