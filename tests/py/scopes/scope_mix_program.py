# a small program that exercises every scope at once: a config global, a builtin shadowed locally, closures, nonlocal and a class
VERBOSE = False
def set_verbose(flag):
    global VERBOSE
    VERBOSE = flag
def log(*parts):
    if VERBOSE:
        print('[log]', *parts)
def make_registry():
    entries = {}
    next_id = 0
    def register(name):
        nonlocal next_id
        next_id += 1
        entries[next_id] = name
        log('registered', name, 'as', next_id)
        return next_id
    def lookup(id):                 # 'id' shadows the builtin locally
        return entries.get(id, '?')
    def summary():
        return {'count': len(entries), 'last': next_id}
    return register, lookup, summary
class Service:
    registry = make_registry()
    def __init__(self, name):
        register = Service.registry[0]
        self.id = register(name)
register, lookup, summary = Service.registry
Service('db')
set_verbose(True)
Service('cache')
register('manual')
set_verbose(False)
print([lookup(i) for i in range(5)], summary(), VERBOSE, id is not None)
