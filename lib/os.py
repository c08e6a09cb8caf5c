"""os -- the operating system: the current folder, its files, the
environment, the process.

For programs that look around them: os.getcwd(), os.listdir(),
os.path.exists(), os.environ['HOME'], os.walk() over a folder tree.
os.path is the posixpath module.

Written, as CPython's os is, over a C module named after the system: posix
(runtime/mod_posix.c), which holds one function per system call. This is
CPython 3.11's os for those calls, and for the process calls: fork(),
waitpid(), kill(), pipe() (runtime/posix_process.c). Changing the file
system comes in a later issue.
"""

import abc
import sys
import stat as st

from _collections_abc import MutableMapping
import posix
from posix import getpid, getcwd, listdir, strerror, putenv, unsetenv, stat, lstat, stat_result
from posix import (fork, register_at_fork, wait, waitpid, WIFEXITED, WEXITSTATUS,
                   WIFSIGNALED, WTERMSIG, WIFSTOPPED, WSTOPSIG, WCOREDUMP,
                   waitstatus_to_exitcode, WNOHANG, WUNTRACED, WCONTINUED, _exit, kill,
                   getppid, cpu_count, pipe, close, read, write, _set_process_name)
from posix import remove, unlink, urandom

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "extsep", "environ",
           "getenv", "getpid", "getcwd", "listdir", "stat", "lstat",
           "stat_result", "fspath", "PathLike", "walk", "strerror", "putenv",
           "unsetenv", "error", "fork", "register_at_fork", "wait", "waitpid",
           "WIFEXITED", "WEXITSTATUS", "WIFSIGNALED", "WTERMSIG", "WIFSTOPPED",
           "WSTOPSIG", "WCOREDUMP", "waitstatus_to_exitcode", "WNOHANG", "WUNTRACED",
           "WCONTINUED", "_exit", "kill", "getppid", "cpu_count", "pipe", "close", "read", "write",
           "remove", "unlink", "urandom"]

name = 'posix'
linesep = '\n'

import posixpath as path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

# `import os.path` finds it here
sys.modules['os.path'] = path

error = OSError


# ---- paths as objects -------------------------------------------------------

def fspath(path):
    """Return the file system path representation of the object.

    If str or bytes is passed in, it is returned unchanged. Otherwise the
    os.PathLike interface is used to get the path representation. If the
    path representation is not str or bytes, TypeError is raised. If the
    provided path is not str, bytes, or os.PathLike, TypeError is raised.
    """
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError('expected {}.__fspath__() to return str or bytes, '
                    'not {}'.format(path_type.__name__, type(path_repr).__name__))


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


# ---- the environment -------------------------------------------------------------

class _Environ(MutableMapping):
    """os.environ: the environment variables as a dict of str. Setting or
    deleting an item changes the process's environment too (putenv,
    unsetenv), so that programs it starts see the change."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            # raise KeyError with the original key value
            raise KeyError(key) from None

    def __iter__(self):
        # list() from dict object is an atomic operation
        keys = list(self._data)
        for key in keys:
            yield key

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        formatted_items = ", ".join(
            f"{key!r}: {value!r}"
            for key, value in self._data.items()
        )
        return f"environ({{{formatted_items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, MutableMapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, MutableMapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(dict(posix.environ))


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


# ---- walking a folder tree ------------------------------------------------------------

def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator.

    For each directory in the directory tree rooted at top (including top
    itself, but excluding '.' and '..'), yields a 3-tuple

        dirpath, dirnames, filenames

    dirpath is a string, the path to the directory.  dirnames is a list of
    the names of the subdirectories in dirpath (excluding '.' and '..').
    filenames is a list of the names of the non-directory files in dirpath.

    With topdown true (the default) the caller may prune dirnames in place
    to choose which folders are walked. onerror, if given, is called with
    the OSError of a folder that cannot be listed.
    """
    return _walk(fspath(top), topdown, onerror, followlinks)

def _walk(top, topdown, onerror, followlinks):
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    walk_dirs = []
    for name in names:
        full = path.join(top, name)
        try:
            is_dir = st.S_ISDIR(stat(full).st_mode)
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(name)
            if not topdown and (followlinks or not path.islink(full)):
                walk_dirs.append(full)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
        # the caller may have pruned dirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
