# os and os.path: path arithmetic, the files of a small tree (stdlib/osdata), stat, walk, environ, errors with errno and filename
import os
import os.path
import stat
import sys

print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
print(os.path is sys.modules['os.path'], os.path.sep, type(os.getpid()).__name__, os.getcwd() == os.path.abspath(os.curdir))
for p in ['a/b/c.txt', '/usr/lib/', 'name', '', '/', '//srv', 'arch.tar.gz', '.bashrc', 'dir/.cfg.ini', '..', 'a//b/../c/./d/']:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          os.path.normpath(p), os.path.isabs(p))
print(os.path.join('a', 'b', 'c.txt'), os.path.join('a/', 'b'), os.path.join('a', '/abs', 'x'), os.path.join('a', ''), os.path.join('', 'b'))
print(os.path.relpath('/srv/www/site', '/srv/data'), os.path.relpath('a/b', 'a'), os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li']),
      os.path.commonpath(['/usr/lib/x', '/usr/local']), os.path.abspath('/x/../y/./z'), os.path.normcase('AbC'), os.path.splitdrive('/a'))
root = os.path.join('stdlib', 'osdata')
print(sorted(os.listdir(root)), sorted(os.listdir(os.path.join(root, 'docs'))))
for name in ['readme.txt', 'src', 'docs/guide.md', 'nope', 'src/main.py']:
    p = os.path.join(root, name)
    print(name, os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p), os.path.getsize(p) if os.path.isfile(p) else '-')
st = os.stat(os.path.join(root, 'readme.txt'))
print(type(st).__name__, len(st), st.st_size, st[stat.ST_SIZE], stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(root).st_mode),
      type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10 ** 9 == st[8], isinstance(st, tuple))
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.S_IMODE(0o100644) == 0o644)
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    print(dirpath, dirnames, sorted(filenames))
print([(p, sorted(f)) for p, d, f in os.walk(root, topdown=False) if 'notes' in p or p.endswith('src')])
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = [d for d in dirnames if d != 'docs']
    print('pruned:', dirpath, sorted(filenames))
print(list(os.walk(os.path.join(root, 'missing'))))
for call in (lambda: os.listdir(os.path.join(root, 'missing')), lambda: os.stat('stdlib/osdata/nope.txt'),
             lambda: os.listdir(os.path.join(root, 'readme.txt'))):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, '|', e)
for call in (lambda: os.listdir(3.5), lambda: os.stat(None), lambda: os.fspath(5), lambda: os.path.join('a', 5)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
os.environ['MINIPY_STDLIB_TEST'] = 'yes'
print(os.environ['MINIPY_STDLIB_TEST'], os.getenv('MINIPY_STDLIB_TEST'), 'MINIPY_STDLIB_TEST' in os.environ,
      os.environ.get('MINIPY_STDLIB_NOPE', 'default'), os.getenv('MINIPY_STDLIB_NOPE'))
del os.environ['MINIPY_STDLIB_TEST']
print(os.getenv('MINIPY_STDLIB_TEST', 'removed'), type(os.environ).__name__, repr(os.environ)[:9], isinstance(os.environ['PATH'], str))
try:
    os.environ['MINIPY_STDLIB_NOPE']
except KeyError as e:
    print('KeyError:', e)
class Where:
    def __fspath__(self):
        return 'stdlib/osdata/src'
print(os.fspath(Where()), os.fspath('plain'), sorted(os.listdir(Where())), os.path.isdir(Where()), isinstance(Where(), os.PathLike))
home = os.environ.get('HOME')
print(os.path.expanduser('~/x') == (home.rstrip('/') + '/x' if home else '~/x'), os.path.expanduser('no/tilde'))
print(os.path.expandvars('$MINIPY_STDLIB_NOPE/${MINIPY_STDLIB_NOPE}/$'), os.strerror(2), os.error is OSError)
