# minipy_trace.py -- minipy's own module: a program narrates a part of
# itself. Run it as it is (no --trace: the first block starts the
# narration), and with --trace=scope (the blocks give the command line's
# categories back when they end).
import minipy


def square(n):
    return n * n


def total(items):
    t = 0
    for x in items:
        t += square(x)
    return t


print(total([1, 2]))                  # not narrated (or by --trace only)
with minipy.trace("call"):
    print(total([3]))                 # the calls
    with minipy.trace("line"):        # nested: only lines inside
        s = square(4)
    print(square(5))                  # calls again
print(square(6))                      # as before the blocks

try:
    with minipy.trace("line,call"):
        square(None)                  # an exception leaves the block
except TypeError as e:
    print("TypeError:", e)
print(square(7))                      # ... and the narration is as before it

try:
    minipy.trace("line,cal")
except ValueError as e:
    print("ValueError:", e)



def part():
    with minipy.trace("line"):        # a block inside a function
        v = square(8)
    return v


print(part())
block = minipy.trace("line")
print(block)
