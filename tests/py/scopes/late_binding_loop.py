# the late-binding trap: closures made in a loop all read the loop variable's last value; default arguments and factory functions capture the current value
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 'reassigned'
print([f() for f in funcs])
comp = [lambda: j for j in range(3)]
print([f() for f in comp])
fixed = [lambda j=j: j for j in range(3)]
print([f() for f in fixed])
def make(v):
    return lambda: v
factory = [make(j) for j in range(3)]
print([f() for f in factory])
def build():
    handlers = {}
    for name in ['save', 'load', 'quit']:
        def handler():
            return 'running ' + name
        handlers[name] = handler
    return handlers
print({k: h() for k, h in build().items()})
def build_fixed():
    handlers = {}
    for name in ['save', 'load', 'quit']:
        def handler(name=name):
            return 'running ' + name
        handlers[name] = handler
    return handlers
print({k: h() for k, h in build_fixed().items()})
print(fixed[0](99))
