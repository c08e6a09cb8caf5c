# timedelta's constructor errors: CPython's argument messages, unsupported component types, the OverflowError of more than 999999999 days
from datetime import timedelta

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
show(lambda: timedelta(foo=1))
show(lambda: timedelta(1, days=2))
show(lambda: timedelta('1'))
show(lambda: timedelta(seconds=None))
show(lambda: timedelta(hours=[1]))
show(lambda: timedelta(days=10**9))
show(lambda: timedelta(days=-10**9))
show(lambda: timedelta(days=999999999, hours=24))
show(lambda: timedelta(days=-999999999, microseconds=-1))
show(lambda: timedelta(days=10**20))
show(lambda: timedelta(days=1e10))
show(lambda: timedelta(weeks=142857143))
show(lambda: timedelta(seconds=float('nan')))
