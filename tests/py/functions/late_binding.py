# the late-binding trap: closures created in a loop all see the loop variable's final value; a default argument captures it now
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make(i):
    return lambda: i
funcs = [make(i) for i in range(3)]
print([f() for f in funcs])
i = 'global i'
print([f() for f in [lambda: i]])
