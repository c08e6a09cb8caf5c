# __getattr__ runs only when normal lookup fails: delegation to a wrapped object, computed attributes, AttributeError from it
class Wrapper:
    def __init__(self, target):
        self.target = target
        self.lookups = []
    def __getattr__(self, name):
        self.lookups.append(name)
        return getattr(self.target, name)

w = Wrapper([3, 1, 2])
w.append(0)
w.sort()
print(w.target, w.lookups)
print(w.target is w.__dict__['target'], w.lookups)
try:
    w.no_such_method
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(w, 'index'), hasattr(w, 'nope'))

class Defaults:
    known = 'class attribute'
    def __getattr__(self, name):
        if name.startswith('opt_'):
            return name[4:].upper()
        raise AttributeError('no option ' + name)
d = Defaults()
d.real = 'instance attribute'
print(d.known, d.real, d.opt_color, d.opt_size)
print(getattr(d, 'opt_x'), getattr(d, 'other', 'default used'))
try:
    d.other
except AttributeError as e:
    print('AttributeError:', e)
