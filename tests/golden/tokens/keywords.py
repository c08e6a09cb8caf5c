if x and not y or z is None:
    pass
elif True: x = False
else:
    while x in y: break
for i in range(3): continue
def f(a, *b, **c) -> None: return lambda: (yield)
class C: global g; nonlocal n
try: raise E from e
except E as e: del e
finally: assert x, "m"
with a as b: import m; from . import m
async await match case _
