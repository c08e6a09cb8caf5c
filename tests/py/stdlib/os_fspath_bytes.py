# os.fspath passes bytes through, as CPython does (fnmatch with bytes
# patterns depends on it), and takes bytes from __fspath__
import os, fnmatch
print(os.fspath(b'abc'), os.fspath('x'))
class P:
    def __fspath__(self):
        return b'bytes path'
print(os.fspath(P()))
print(fnmatch.fnmatch(b'file.py', b'*.py'), fnmatch.filter([b'a.c', b'b.py'], b'*.py'))
for bad in (1, None):
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
class Q:
    def __fspath__(self):
        return 3
try:
    os.fspath(Q())
except TypeError as e:
    print(e)
