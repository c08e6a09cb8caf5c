# AttributeError messages on instances, classes, modules, None and built-in types (str(e) carries no suggestion)
import math
class Thing:
    x = 1
    def __init__(self):
        self.value = 2
t = Thing()
cases = [lambda: t.valeu, lambda: Thing.valu, lambda: t.y, lambda: None.append,
         lambda: (1).foo, lambda: 'abc'.uper, lambda: [].push, lambda: {}.iteritems,
         lambda: math.sqr, lambda: math.tau_x, lambda: (1, 2).append, lambda: len.x,
         lambda: Thing.__init__.nothing, lambda: setattr(1, 'x', 2), lambda: delattr(t, 'x'),
         lambda: setattr('s', 'upper', 0)]
for i, c in enumerate(cases):
    try:
        c()
    except AttributeError as e:
        print(i, 'AttributeError:', e)
