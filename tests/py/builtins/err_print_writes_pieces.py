# print() writes each piece (sep, str(arg), end) as it makes it, as CPython does: a failing str() leaves the pieces before it written; flush, file, sep and end checked in CPython's order
import sys


class Log:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return 'ignored'

    def flush(self):
        self.parts.append('<flush>')


class Bad:
    def __str__(self):
        raise ValueError('no str for you')


class Loud:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        print('  (str of', self.name + ')')
        return self.name


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print('  (bool asked)')
        if self.v is None:
            raise RuntimeError('no bool')
        return self.v


class MySep(str):
    def __str__(self):
        return '<' + str.__str__(self) + '>'


log = Log()
print('a', 1, 2.5, None, file=log)
print(log.parts)
log = Log()
print('a', 'b', sep='', end='', file=log)
print(log.parts)
log = Log()
print(file=log)
print(sep='-', end='!', file=log)
print(log.parts)
log = Log()
print('x', 'y', sep=None, end=None, flush=True, file=log)
print(log.parts)
log = Log()
print('x', flush=Truthy(False), file=log)
print('y', flush=Truthy(True), file=log)
print(log.parts)
log = Log()
try:
    print('x', flush=Truthy(None), file=log)
except RuntimeError as e:
    print('RuntimeError', e, log.parts)
log = Log()
try:
    print('x', 'y', Bad(), 'z', file=log)
except ValueError as e:
    print('ValueError', e, log.parts)
log = Log()
try:
    print(Loud('p'), sep=1, file=log)
except TypeError as e:
    print('TypeError', e, log.parts)
try:
    print(Loud('p'), end=3.5, file=log)
except TypeError as e:
    print('TypeError', e, log.parts)
try:
    print(Loud('p'), file=object())
except AttributeError as e:
    print('AttributeError', e)
try:
    print(Loud('p'), file=log, flush=True, foo=1)
except TypeError as e:
    print('TypeError', e)
log = Log()
print('a', 'b', sep=MySep('-'), end=MySep('.'), file=log)
print(log.parts)


class NoFlush:
    def write(self, s):
        pass


try:
    print('x', file=NoFlush(), flush=True)
except AttributeError as e:
    print('AttributeError', e)
print('to stdout', 1, sep=' | ', end=' <end>\n', flush=True)
saved = sys.stdout
sys.stdout = Log()
print('captured', 2)
parts = sys.stdout.parts
sys.stdout = None
print('nowhere', sep=1)
sys.stdout = saved
print(parts)
del sys.stdout
try:
    print('lost')
except RuntimeError as e:
    sys.stdout = saved
    print('RuntimeError', e)
sys.stdout = saved
print('x', end='')
print('y', Bad())
