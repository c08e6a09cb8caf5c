# __del__ that changes what is being freed: clearing the list or dict that holds it, deleting globals, appending to a list during its own clear
log = []
holder = []


class Clearer:
    def __init__(self, name, target):
        self.name = name
        self.target = target

    def __del__(self):
        log.append(self.name)
        self.target.clear()


lst = []
lst.extend([Clearer('l1', lst), Clearer('l2', lst), 'x', Clearer('l3', lst)])
lst[0] = None
print(log, lst)
del lst[:]
print(sorted(log), lst)

d = {}
d['a'] = Clearer('d1', d)
d['b'] = Clearer('d2', d)
d['a'] = 0
print(log[-1], d)


class Grower:
    def __init__(self, target):
        self.target = target

    def __del__(self):
        self.target.append('grown')


g = []
g.append(Grower(g))
g.append(Grower(g))
g.clear()
print(g)


class Killer:
    def __del__(self):
        global victim
        del victim


victim = 'alive'
k = Killer()
del k
print('victim' in globals())
