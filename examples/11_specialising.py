# Lesson 11 -- What does CPython 3.11 do that 3.10 did not?
#
# The common answer: "it got faster". How: PEP 659, the specializing adaptive
# interpreter. The bytecode the compiler made is not the bytecode that runs
# once a function is warm.
#
# Truth: each instruction counts its runs. After a few (8 here), it looks at
# the operands it has now and rewrites itself in place into a specialised
# form: `p.x` on Point instances becomes LOAD_ATTR_WITH_HINT, which checks
# "is this a Point, and is x still at entry 0 of its __dict__?" and reads the
# value there, with no search of the class or the dict. `p.x + p.y` on two
# ints becomes BINARY_OP_ADD_INT.
#
# Truth: a specialised form guards what it assumed. When the guard fails (a
# float arrives where ints were seen), that run does the generic work -- a
# "miss", invisible to the program except in time -- and after enough misses
# the instruction goes back to its generic form and waits longer before
# trying again. Nothing a program can observe depends on any of it.
#
# Run next:
#   minipy --dis --adaptive examples/11_specialising.py
#       The program runs, then its code is listed as the run left it: norm1
#       has LOAD_ATTR_WITH_HINT and BINARY_OP_ADD_INT, each with what its
#       inline cache holds in [brackets]. `minipy --dis` lists the same code
#       as the compiler made it.
#   minipy --trace=op --trace-only=norm1 examples/11_specialising.py
#       norm1's instructions as they run, each under the name the compiler
#       gave it; "LOAD_ATTR → LOAD_ATTR_WITH_HINT" when one specialises (the
#       8th call), and "BINARY_OP_ADD_INT missed: ..." when the floats
#       arrive at the end.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm1(p):
    return p.x + p.y


points = [Point(i, 2 * i) for i in range(10)]
total = 0
for p in points:
    total += norm1(p)          # warm after 8 calls: norm1's instructions specialise
print("total:", total)
print("floats:", norm1(Point(0.5, 1.5)))   # a guard fails: the generic + runs
