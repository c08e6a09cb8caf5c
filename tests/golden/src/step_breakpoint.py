# breakpoint() stops minipy's stepper at its line, as it starts pdb in CPython.
# Run as a program (no --step): the stepper waits, silent, until the call.
# With PYTHONBREAKPOINT=0 breakpoint() does nothing, in both.
def average(values):
    total = 0
    for v in values:
        total += v
    breakpoint()
    return total / len(values)


def report(values):
    try:
        print("average", average(values))
    finally:
        print("report done")


report([3, 4, 8])
report([1, 2])
print("end")
