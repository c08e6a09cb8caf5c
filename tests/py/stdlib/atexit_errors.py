# atexit: an exception in an exit function is reported ("Exception ignored
# in atexit callback") and the others still run; SystemExit too: the exit
# status was decided when the program ended (here by sys.exit(4)).
import atexit
import sys


def fine(n):
    print("fine", n)


def fails():
    raise ValueError("an exit function failed")


def exits():
    sys.exit(9)


def registers_more():
    atexit.register(fine, "registered while exiting (not run)")
    print("registers_more ran")


atexit.register(fine, 1)
atexit.register(fails)
atexit.register(exits)
atexit.register(registers_more)
atexit.register(fine, 2)
sys.exit(4)
