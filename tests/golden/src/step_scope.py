# --step --trace=scope,op: the stepper stops at each name and each instruction.
x = 10
def f():
    return x + 1
y = f()
