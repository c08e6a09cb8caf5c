# unbounded recursion raises RecursionError; CPython prints the repeated frame three times, then a '[Previous line repeated N more times]' line
def down(n):
    return down(n + 1)
print('about to recurse')
down(0)
