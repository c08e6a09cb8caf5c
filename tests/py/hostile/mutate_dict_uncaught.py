# Merging a dict whose key's __eq__ (called against a colliding key of the target) empties the source: RuntimeError "dict mutated during update" ends the program from inside a function.

class Key:
    def __init__(self, name, source=None):
        self.name = name
        self.source = source
    def __hash__(self):
        return 42
    def __eq__(self, other):
        if self.source is not None:
            print('  __eq__ empties the source')
            self.source.clear()
        return False
    def __repr__(self):
        return self.name

source = {}
target = {}
target[Key('t', source)] = 0
source[Key('a')] = 1
source[Key('b')] = 2

def merge(dst, src):
    print('merging', len(src), 'items')
    dst.update(src)
    print('not reached')

print('copy is safe:', len(dict(source)))
merge(target, source)
