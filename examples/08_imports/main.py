# Lesson 8 -- How does `import` work?
#
# The common answer: "import looks for the file in the current directory and
# runs it." Half right, and the wrong half bites.
#
# Truth: the search follows sys.path, in order: the folder of the *script*
# (this file's folder, wherever you run minipy from -- not the current
# directory), then the folders of MINIPYPATH (PYTHONPATH for CPython), then
# the library that comes with the interpreter. The first folder that has the
# module wins, and every later one is never looked at.
#
# Truth: before any folder, sys.modules is asked. A module imported once is
# never searched for and never run again: a second `import` only binds a
# name. That cache is also what makes a circular import half work -- the
# second module finds the first one in sys.modules, partly run.
#
# Truth: modules built into the interpreter (sys, time, gc, ...) come before
# any folder, so the time.py beside this file does not shadow `import time`.
#
# Truth: `if __name__ == "__main__":` is true only in the file you ran; in an
# imported file __name__ is the module's name.
#
# Run next (from the repository's folder, or any other):
#   minipy --trace=import examples/08_imports/main.py
#       Each import: whether sys.modules answered, each file probed in each
#       folder of the path, the module put in sys.modules *before* its code
#       runs, and the name bound. Nested imports are indented.
#   MINIPYPATH=examples/08_imports/elsewhere minipy examples/08_imports/main.py
#       elsewhere/ joins the path after the script's folder: its greeting.py
#       loses to the one beside main.py, and its only_elsewhere.py is found.
#   python3 examples/08_imports/main.py
#       CPython prints the same (PYTHONPATH plays MINIPYPATH's part).
import sys

print("sys.path[0] is this script's folder:", sys.path[0] == __file__.rsplit("/", 1)[0])

# 1. The script's folder wins: greeting.py beside main.py, not elsewhere/'s.
import greeting
print("greeting comes from", greeting.WHERE)

# 2. Only on MINIPYPATH: found when elsewhere/ is on the path, else not at all.
try:
    import only_elsewhere
    print("only_elsewhere found:", only_elsewhere.WHERE)
except ModuleNotFoundError as e:
    print("not found without MINIPYPATH:", e)

# 3. The cache: counter.py prints when it runs -- once, however often imported.
import counter
import counter
import counter as again
print("one module object:", again is counter, "| runs:", counter.RUNS)

# 4. A package: shapes/__init__.py runs first, then its submodule, which
#    imports its sibling with a relative import (from . import units).
import shapes.circle
print(shapes.circle.describe(2.0))

# 5. A circular import: ping imports pong, which imports ping -- and finds it
#    in sys.modules, partly run. pong must not use ping's names at its top.
import ping
print(ping.ball(), "|", ping.pong.ball())

# 6. Built-in modules first: the time.py beside this file is never run.
import time
print("time is built in:", "time" in sys.builtin_module_names, "| has sleep:", hasattr(time, "sleep"))

# 7. __name__: "__main__" here, the module's own name in an imported file.
import tool
print("main.py's __name__ is", __name__, "| tool's is", tool.__name__)
if __name__ == "__main__":
    print("this block runs: main.py is the program")
