# and/or return one of their operands (not a bool) and short-circuit; not returns a bool
def v(x):
    print('eval', repr(x))
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'default', None or [], [] and 'x', 'a' and 'b' and 'c')
print(v(0) and v(1))
print(v(1) and v(0))
print(v('') or v('fallback'))
print(v('first') or v('second'))
print(not 0, not 1, not '', not 'x', not [], not None, not not 5)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, not 1 or 2, not (1 or 2))
name = None
print(name or 'anonymous', (name and name.upper()) or 'none')
print(True and 'yes', False or 0, 0 or False, 0.0 or 0, [] or {} or ())
