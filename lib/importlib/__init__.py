"""importlib: import a module by a name known only at run time, and reload one.

Lesson 8. Both go through the interpreter's own import (runtime/import.c,
reached here as _imp), so --trace=import narrates them like any import:
import_module is the import statement with the name in a string, and reload
searches sys.path again and runs the module's code once more in the same
module object -- which is why names bound to the old objects keep them.
"""
import sys
import _imp


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    return _gcd_import(name[level:], package, level)


def _gcd_import(name, package=None, level=0):
    # the import statement's own machinery; the module is what sys.modules holds
    __import__(name, {'__package__': package, '__name__': package or ''}, None, ['__name__'], level)
    return sys.modules[_resolve(name, package, level)]


def _resolve(name, package, level):
    if level == 0:
        return name
    bits = package.rsplit('.', level - 1)
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def reload(module):
    """Run the module's code again in the same module object, found anew."""
    return _imp.reload(module)
