# ModuleNotFoundError for a missing module, a missing submodule and a submodule of a plain module, with e.name
for name in ['nope', 'pkg.nope', 'simple.sub', 'pkg.deep.nope.deeper', 'nope.deeper']:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(name, '->', type(e).__name__, e, '| name =', e.name)
