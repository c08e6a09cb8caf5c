# import, def and class statements bind names in the current scope, local in a function, global at module level
def f():
    import math
    from math import sqrt as root
    def helper():
        return 'helper'
    class Local:
        pass
    return sorted(n for n in dir() if not n.startswith('_'))
print(f())
print('math' in globals(), 'helper' in globals())
def g():
    global math
    import math
g()
print('math' in globals(), math.floor(2.7))
