# an exception inside a list comprehension has a frame of its own in the traceback, named <listcomp>
def check(x):
    return 10 // x
print([check(x) for x in [5, 2, 1]])
print([check(x) for x in [3, 0]])
