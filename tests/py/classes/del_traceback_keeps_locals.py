# while an exception is being handled its traceback keeps the failed frame's locals alive; __del__ runs when the handler ends and the traceback goes away
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  __del__', self.name)

def fails():
    r = Resource('local of a failed call')
    raise ValueError('boom')

def succeeds():
    r = Resource('local of a normal call')
    return 'ok'

print(succeeds())
try:
    fails()
except ValueError:
    print('in the handler: the frame and its locals are still referenced')
print('after the handler')
try:
    fails()
except ValueError as e:
    saved = e
    print('handler done, but the exception is saved')
print('saved exception still holds the traceback')
saved = None
print('end')
