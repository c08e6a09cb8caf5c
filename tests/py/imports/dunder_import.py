# __import__ returns the top package without a fromlist, the module itself with one; level makes it relative
top = __import__('pkg.sub')
print(top.__name__)
leaf = __import__('pkg.sub', fromlist=['helper'])
print(leaf.__name__)
print(__import__('simple', globals(), None, ['X'], 0).X)
for bad in [('', 0), ('simple', -1)]:
    try:
        __import__(bad[0], level=bad[1])
    except (ValueError, ImportError) as e:
        print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
