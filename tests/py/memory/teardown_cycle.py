# At exit the collector runs a last time: an object left in a cycle is finalized and freed
import gc
import sys

class Goodbye:
    def __init__(self, name):
        self.name = name
    def __del__(self, write=sys.stdout.write):
        # `write` is bound now: at exit sys.stdout may already be gone
        write("__del__ at exit: " + self.name + "\n")

gc.disable()
a = Goodbye("a")
b = Goodbye("b")
a.partner = b
b.partner = a
del a, b
print("end of the program; the cycle is still there")
