# Lesson 3 -- What is the LEGB rule?
#
# The common answer: "Python looks a name up in the Local scope, then the
# Enclosing functions, then the Global (module) scope, then the Built-ins."
# Right order -- but the search is not what you might picture.
#
# Truth: the compiler decides L and E before the program runs. It sees every
# assignment in a function, so it already knows which names are local (a slot
# in the frame: LOAD_FAST) and which come from an enclosing function (a cell:
# LOAD_DEREF). Only G and B are searched at run time, by name, in that order
# (LOAD_GLOBAL: the module's dict, then the builtins module's dict).
#
# Truth (CPython 3.11): even G and B are not searched every time. LOAD_GLOBAL
# remembers what it found, with the version numbers of both dicts; while
# neither dict changes, the next run of the same instruction answers from
# that cache without hashing the name. Assigning a global changes the
# globals' version, and the next load searches again.
#
# Truth: keywords such as `in`, `and`, `def`, `None` are not names: they are
# syntax and live in no scope. `__name__` and `__file__` are globals of each
# module, not built-ins. `print`, `len`, `ValueError` are built-ins.
#
# Run next:
#   minipy --trace=scope examples/03_legb.py
#       Each name load says which scope the compiler chose (LOCAL, FREE,
#       GLOBAL_IMPLICIT, ...) and what the VM did to find the value. `len`
#       is GLOBAL_IMPLICIT (no assignment in the function: L and E are
#       never looked at) and its first load reads "G: miss . B: hit". The
#       second call's load adds "cached": no search at all, because neither
#       dict changed since the first. After `len = ...` the globals' version
#       differs and it searches again.
#   minipy --dis examples/03_legb.py
#       The same decisions, made at compile time: LOAD_FAST, LOAD_DEREF,
#       LOAD_GLOBAL, LOAD_NAME -- and each code object's header lists them.

x = "global x"


def outer():
    x = "enclosing x"

    def inner():
        x = "local x"
        print("inner sees:", x)          # L: a local slot

    def reader():
        print("reader sees:", x)         # E: outer's cell (reader assigns no x)

    inner()
    reader()


outer()
print("module sees:", x)                 # G: the module's dict


def uses_builtin(items):
    return len(items)                    # not L, not E, not in G: found in B


print("len is a built-in:", uses_builtin([1, 2, 3]))
print("again, from LOAD_GLOBAL's cache:", uses_builtin([4, 5]))

# A global of the same name shadows a built-in -- until it is deleted.
len = lambda items: "my own len"
print("shadowed:", uses_builtin([1, 2, 3]))
del len
print("uncovered again:", uses_builtin([1, 2, 3]))

# __name__ is a global of this module (G), not a built-in (B).
print("__name__ is a global:", "__name__" in globals(), __name__)

# Keywords are not names at all: you cannot bind them, and the error comes
# from the parser, before anything runs.
for source in ["None = 1", "in = 1"]:
    try:
        compile(source, "<lesson>", "exec")
    except SyntaxError as error:
        print(repr(source), "->", error.msg)

# A class body is a scope too, but the functions inside it do not see it:
# `limit` below is the class attribute for the class body and the global
# for the method.
limit = "global limit"


class Shelf:
    limit = "class limit"
    seen_by_body = limit

    def seen_by_method(self):
        return limit


print("class body sees:", Shelf.seen_by_body)
print("method sees:", Shelf().seen_by_method())
