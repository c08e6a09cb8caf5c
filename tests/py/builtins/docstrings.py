# The built-in functions and the built-in types that act as functions carry
# CPython's docstrings (help() shows them).
import builtins

names = ["abs", "all", "any", "ascii", "bin", "callable", "chr", "classmethod", "compile", "delattr",
         "dir", "divmod", "enumerate", "eval", "exec", "filter", "format", "getattr", "globals",
         "hasattr", "hex", "isinstance", "issubclass", "iter", "len", "locals", "map", "max", "min",
         "next", "oct", "ord", "pow", "repr", "reversed", "round", "setattr", "slice", "sorted",
         "staticmethod", "sum", "super", "vars", "zip", "aiter", "anext", "hash", "id", "input", "print"]
for name in names:
    print(name, repr(getattr(builtins, name).__doc__))
