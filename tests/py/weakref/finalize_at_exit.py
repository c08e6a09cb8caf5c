# weakref.finalize at exit: the finalizers still alive run when the program
# ends (newest first, after the atexit functions registered later than the
# first finalize), unless their atexit attribute was set to False.
import atexit
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def release(name):
    print("release", name)


keep = [Resource(n) for n in ("a", "b", "c", "d")]
fa = weakref.finalize(keep[0], release, "a")
fb = weakref.finalize(keep[1], release, "b")
fc = weakref.finalize(keep[2], release, "c (atexit=False: not at exit)")
fd = weakref.finalize(keep[3], release, "d")
fc.atexit = False
print(fa.atexit, fc.atexit, fb.alive)
func, args, kwargs = fb.peek()[1:]
print(func.__name__, args, kwargs)
atexit.register(print, "an atexit function registered after the first finalize: runs first")
fb()
print("called early:", fb.alive, fb())
print("end of the program")
