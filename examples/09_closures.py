# Lesson 9 -- What is a closure?
#
# The common answer: "a function that remembers the variables of the function
# that created it". The mechanism is more precise -- and explains the famous
# trap with loops.
#
# Truth: a closure does not copy values. The compiler sees that an inner
# function uses a variable of the outer one and stores that variable in a
# *cell* (MAKE_CELL, STORE_DEREF); the inner function receives the cell itself
# in its __closure__. Both functions read and write the same cell, for as long
# as either lives -- even after the outer call has returned.
#
# Truth: because the cell is shared, a closure sees the variable's value when
# it RUNS, not when it was created. Functions created in a loop all share the
# loop variable's one cell, so they all see its last value (late binding).
# A default argument is evaluated when the function is created: that fixes it.
#
# Run next:
#   minipy --trace=scope,call examples/09_closures.py
#       Each call shows the cells it captured ("captured: total=... (cell of
#       make_accumulator)"); each load of a captured name says whose cell.
#   minipy --dis examples/09_closures.py
#       make_accumulator has `total` under "cells:"; add() has it under
#       "free:"; the loop's lambdas LOAD_DEREF the single cell of `i`.


def make_accumulator():
    total = 0

    def add(amount):
        nonlocal total
        total += amount
        return total

    return add


acc = make_accumulator()          # make_accumulator has returned...
acc(10)
print("accumulated:", acc(5))     # ...but its cell lives on in acc
print("the cell holds:", acc.__closure__[0].cell_contents)

# Two closures over the same variable share one cell.
def make_pair():
    value = "start"

    def get():
        return value

    def put(new):
        nonlocal value
        value = new

    return get, put


get, put = make_pair()
put("changed through put")
print("get sees:", get())
print("same cell:", get.__closure__[0] is put.__closure__[0])

# The late-binding trap: three functions, one cell, so three times 2.
late = [lambda: i for i in range(3)]
print("late binding:", [f() for f in late])

# The fix: a default argument is evaluated at definition time.
early = [lambda i=i: i for i in range(3)]
print("default-argument fix:", [f() for f in early])

# Closures nest: the innermost function reaches through two levels of cells.
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2


print("three levels:", level1("x")("y")("z"))

# Lazy evaluation: return a closure instead of the result, compute on demand.
def lazy_square(n):
    def compute():
        print("  computing", n, "squared now")
        return n * n
    return compute


pending = lazy_square(12)
print("nothing computed yet")
print("result:", pending())
