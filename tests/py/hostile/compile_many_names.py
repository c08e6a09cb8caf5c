# compiling scopes with tens of thousands of names and constants is linear (issue 11: 32,000 names took 14 s): 20,000 module names, a function with 20,000 locals, a function with 3,000 closures, a class with 3,000 methods, 10,000 distinct constants and repeats
N = 20000

module = compile('\n'.join('v%d = %d' % (i, i) for i in range(N)), 'many', 'exec')
print(len(module.co_names), module.co_names[:3], module.co_names[-1])

src = 'def f():\n' + ''.join('    v%d = %d\n' % (i, i) for i in range(N)) + '    return v0 + v19999\n'
ns = {}
exec(compile(src, 'many', 'exec'), ns)
f = ns['f']
print(f.__code__.co_nlocals, f.__code__.co_varnames[-1], f())

src = 'def g():\n' + ''.join('    c%d = %d\n    def h%d(): return c%d\n' % (i, i, i, i) for i in range(3000))
src += '    return [h0(), h2999(), h1500()]\n'
exec(compile(src, 'closures', 'exec'), ns)
g = ns['g']
print(len(g.__code__.co_cellvars), g.__code__.co_cellvars[:2], g())

src = 'class C:\n' + ''.join('    def m%d(self): return %d\n' % (i, i) for i in range(3000))
exec(compile(src, 'methods', 'exec'), ns)
print(ns['C']().m2999(), len([k for k in vars(ns['C']) if k.startswith('m')]))

src = 'def k():\n    return [' + ', '.join('%d.5' % i for i in range(10000)) + ']\n'
src += 'def r():\n    return [' + ', '.join(['7', '7.0', "'7'", '(7,)', '-0.0', '0.0'] * 2000) + ']\n'
exec(compile(src, 'constants', 'exec'), ns)
print(sum(ns['k']()), ns['k']()[-1])
r = ns['r']()
print(len(r), r[:6], [type(x).__name__ for x in r[-6:]], str(r[4]), str(r[5]))

# the smaller versions run, name by name
ns = {}
exec('\n'.join('w%d = %d' % (i, i * i) for i in range(2000)), ns)
print(sum(ns['w%d' % i] for i in range(2000)))
