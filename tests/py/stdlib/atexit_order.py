# atexit: the functions run when the program ends, the last registered
# first, with the arguments given; register() returns the function (a
# decorator); unregister() forgets every call of a function.
import atexit

base = atexit._ncallbacks()        # CPython's site may have registered one


def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))


@atexit.register
def goodbye():
    print("goodbye (registered first, runs last)")


print(atexit.register(say, 1, 2, end="!") is say)
atexit.register(say, "unregistered")
atexit.register(print, "print is a builtin")
atexit.unregister(say)
atexit.register(say, "registered again", n=3)
print("callbacks:", atexit._ncallbacks() - base)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
print("the program's last line")
