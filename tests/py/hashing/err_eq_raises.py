# an uncaught exception from __eq__ during a dict lookup ends the program with the __eq__ frame in the traceback
class K:
    def __hash__(self):
        return 0

    def __eq__(self, other):
        raise ValueError('cannot compare')


d = {K(): 'first'}
print(len(d))
print(d[K()])
