# nesting at CPython 3.11's two limits, through compile(): 3 levels of statements and expressions per unit of the recursion limit (RecursionError), 6,000 levels of its parser (MemoryError), for unary operators, not, conditionals, elif, lambdas, **, brackets, f-strings, blocks and chains
import sys


# compile(*args): a call CPython 3.11 never specializes, so that its count
# of the frames in use is the same on every call (a specialized call of a
# built-in does not count itself, the first calls do)
def attempt(src, mode='exec'):
    try:
        compile(*(src, 'deep', mode))
        return 'ok'
    except RecursionError as e:
        return 'RecursionError: %s' % e
    except MemoryError as e:
        return 'MemoryError%r' % (e.args,)
    except SyntaxError as e:
        return 'SyntaxError: %s (line %s)' % (e.msg, e.lineno)


def blocks(k, header, inner):
    return ''.join(' ' * i + header + ':\n' for i in range(k)) + ' ' * k + inner + '\n'


# (name, source for n, first n that fails, first n that is a MemoryError
# when checked: `not` and conditionals reach it where minus does)
shapes = [
    ('minus', lambda n: 'x = ' + '-' * n + '1', 2990, 5968),
    ('not', lambda n: 'x = ' + 'not ' * n + 'y', 2990, None),
    ('conditional', lambda n: 'x = ' + '1 if y else ' * n + '2', 2990, None),
    ('elif', lambda n: 'if x: pass\n' + 'elif x: pass\n' * n, 2990, 5967),
    ('lambda', lambda n: 'f = ' + 'lambda: ' * n + '1', 2984, 2984),
    ('power', lambda n: 'x = ' + '**'.join(['2'] * n), 2985, 2985),
    ('minus power', lambda n: 'x = ' + '-2**' * n + '1', 1495, 1990),
    ('plus chain', lambda n: 'x = ' + '+'.join(['y'] * n), 2991, None),
    ('attribute chain', lambda n: 'x = y' + '.a' * n, 2990, None),
    ('call chain', lambda n: 'x = y' + '()' * n, 2990, None),
    ('in 10 parens', lambda n: 'x = ' + '(' * 10 + '-' * n + '1' + ')' * 10, 2990, 5706),
    ('in 150 parens', lambda n: 'x = ' + '(' * 150 + '-' * n + '1' + ')' * 150, 1786, 1786),
    ('in an f-string', lambda n: 'x = f"{' + '-' * n + '1}"', 2988, 5947),
    ('in 10 defs', lambda n: blocks(10, 'def f()', 'x = ' + '-' * n + '1'), 2980, 5898),
    ('conditional lambdas', lambda n: 'x = ' + '1 if y else lambda: ' * n + '2', 1495, 1990),
]

# each shape at the first n that fails (measured on CPython 3.11, called
# from attempt() in this module: a RecursionError limit of 2,991) and just
# below it, then at the first n that fails in CPython's parser
for name, make, first_error, first_memory_error in shapes:
    print('%-20s %5d: %s' % (name, first_error - 1, attempt(make(first_error - 1))))
    print('%-20s %5d: %s' % (name, first_error, attempt(make(first_error))))
    if first_memory_error and first_memory_error != first_error:
        print('%-20s %5d: %s' % (name, first_memory_error - 1, attempt(make(first_memory_error - 1))))
        print('%-20s %5d: %s' % (name, first_memory_error, attempt(make(first_memory_error))))

# the compiler's limit follows the recursion limit and the depth of the caller
print(attempt('-' * 2990 + '1', 'eval'), attempt('-' * 2991 + '1', 'eval'))


def nested(depth):
    if depth:
        return nested(depth - 1)
    return attempt('x = ' + '-' * 2956 + '1'), attempt('x = ' + '-' * 2957 + '1')


print(nested(10))
sys.setrecursionlimit(1500)
print(attempt('x = ' + '-' * 4489 + '1'), attempt('x = ' + '-' * 4490 + '1'))
sys.setrecursionlimit(100)
print(attempt('x = ' + '-' * 289 + '1'), attempt('x = ' + '-' * 290 + '1'))
sys.setrecursionlimit(1000)
