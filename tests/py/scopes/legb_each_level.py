# LEGB: one name resolved at each level, local, enclosing, global and built-in, and the first level that has it wins
x = 'global x'
def outer():
    x = 'enclosing x'
    y = 'enclosing y'
    def inner():
        x = 'local x'
        print('L:', x)
        print('E:', y)
        print('G:', z)
        print('B:', len('abc'), len.__name__)
    inner()
    print('outer sees its own x:', x)
z = 'global z'
outer()
print('module sees:', x)
def only_builtin():
    return abs(-3), max(1, 2), type(min).__name__
print(only_builtin())
