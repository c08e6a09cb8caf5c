# a global can shadow a builtin; del of the global uncovers the builtin again; the builtins module keeps the original
import builtins
def measure(x):
    return len(x)
print(measure('abc'))
len = lambda x: 'shadowed len'
print(measure('abc'), builtins.len('abc'))
del len
print(measure('abc'))
print = builtins.print
print('print is a module global now', 'print' in globals())
del print
print('print is the builtin again', 'print' in globals())
def local_shadow():
    max = 'a local named max'
    return max
print(local_shadow(), max(1, 2))
list = [1, 2]
print(list)
del list
print(list('ab'))
