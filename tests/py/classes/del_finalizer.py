# __del__ runs the moment the last reference goes away (reference counting): del, rebinding, leaving a function, removing from a list
class Tracked:
    def __init__(self, name):
        self.name = name
        print('create', name)
    def __del__(self):
        print('delete', self.name)

a = Tracked('a')
b = a
print('del a')
del a
print('del b')
del b
print('rebind')
x = Tracked('x1')
x = Tracked('x2')
print('function')
def work():
    t = Tracked('local')
    print('in function')
work()
print('after function')
items = [Tracked('i0'), Tracked('i1'), Tracked('i2')]
print('pop')
items.pop(1)
print('replace')
items[0] = 'plain'
print('clear')
items.clear()
print('dict')
d = {'k': Tracked('dv')}
d['k'] = None
print('end of program')
x = None
print('done')
