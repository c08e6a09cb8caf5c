# what cannot be pickled, with CPython's exception and words (object addresses left out)
import pickle
import threading
def show(f):
    try:
        print(f())
    except Exception as e:
        msg = str(e)
        while ' at 0x' in msg:
            i = msg.index(' at 0x')
            msg = msg[:i] + msg[msg.index('>', i):]
        print(type(e).__module__, type(e).__name__, msg)
anonymous = lambda: 0
def h():
    pass
old_h = h
def h():
    pass
class Kept:
    pass
Renamed = Kept
del Kept
def factory():
    class Local:
        pass
    def helper():
        pass
    return Local, helper
Local, helper = factory()
show(lambda: pickle.dumps(anonymous))
show(lambda: pickle.dumps([1, anonymous]))
show(lambda: pickle.dumps(old_h))
show(lambda: pickle.dumps(Renamed))
show(lambda: pickle.dumps(Local))
show(lambda: pickle.dumps(Local()))
show(lambda: pickle.dumps(helper))
show(lambda: pickle.dumps(x for x in []))
show(lambda: pickle.dumps(pickle))
show(lambda: pickle.dumps(threading.Lock()))
show(lambda: pickle.dumps({'lock': threading.Lock()}))
class B1:
    def __reduce__(self): return 5
class B2:
    def __reduce__(self): return (1,)
class B3:
    def __reduce__(self): return (len, 5)
class B4:
    def __reduce__(self): return (5, ())
for c in [B1, B2, B3, B4]:
    show(lambda: pickle.dumps(c()))
show(lambda: pickle.dumps(1, protocol=6))
show(lambda: pickle.dumps(1, 7.5))
show(lambda: pickle.dump(1, 5))
show(lambda: pickle.dumps(1, protocol=-1))
