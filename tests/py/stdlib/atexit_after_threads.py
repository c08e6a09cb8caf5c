# The end of a program, in CPython's order: the threads that are no daemons
# finish first, then the atexit functions run, then the modules go (a
# __del__ left in a global runs last). _run_exitfuncs() runs them early and
# empties the list; _clear() forgets them.
import atexit
import threading
import time


class Last:
    def __del__(self):
        print("4. a global's __del__, as the modules are taken apart")


keep = Last()


def worker():
    time.sleep(0.05)
    print("2. the thread ends (the main thread has already finished)")


atexit.register(print, "0b. run early by _run_exitfuncs (registered first, runs second)")
atexit.register(print, "0a. run early by _run_exitfuncs (registered second, runs first)")
atexit._run_exitfuncs()
atexit._run_exitfuncs()            # nothing left: runs nothing
atexit.register(print, "3. the atexit function")
atexit.register(print, "never: cleared")
atexit._clear()
atexit.register(print, "3. the atexit function")
threading.Thread(target=worker).start()
print("1. the main thread's last line")
