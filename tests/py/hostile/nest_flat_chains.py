# chains CPython's parser reads with a loop are flat, not nested, and have no depth limit: a 100,000-term comparison chain, long or and and chains, chained assignment, tuples, lists, calls, dicts and string concatenation
src = ' < '.join(['x'] * 100000)
code = compile(src, 'chain', 'eval')
print(type(code).__name__)
print(eval(' < '.join(str(i) for i in range(5000))), eval(' < '.join(['1'] * 5000)))
print(eval(' == '.join(['2'] * 3000)), eval(' is '.join(['None'] * 3000)))

compile(' or '.join(['x'] * 20000), 'or', 'eval')
compile(' and '.join(['x'] * 20000), 'and', 'eval')
print(eval(' or '.join(['0'] * 4000 + ['7'])), eval(' and '.join(['1'] * 4000 + ['0'])))

ns = {}
exec(' = '.join('v%d' % i for i in range(5000)) + ' = 5', ns)
print(ns['v0'], ns['v4999'], len(ns) - 1)

t = eval('(' + ', '.join(['7'] * 20000) + ')')
print(len(t), t[-1])
l = eval('[' + ', '.join('x' for i in range(20000)) + ']', {'x': 3})
print(len(l), sum(l))
print(eval('max(' + ', '.join(str(i) for i in range(3000)) + ')'))
s = eval(' '.join("'%d'" % (i % 10) for i in range(20000)))
print(len(s), s[:12])
d = eval('{' + ', '.join('%d: %d' % (i, i) for i in range(3000)) + '}')
print(len(d), d[2999])
