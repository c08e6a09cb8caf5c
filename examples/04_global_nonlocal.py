# Lesson 4 -- What do `global` and `nonlocal` do?
#
# The common answer: "they let a function change an outer variable". True,
# and both are instructions to the *compiler*, not to the running program:
# `global x` makes every use of x in the function compile to LOAD_GLOBAL /
# STORE_GLOBAL (the module's dict); `nonlocal x` makes them LOAD_DEREF /
# STORE_DEREF on the cell of the enclosing function that binds x.
#
# Truth: assigning to a name anywhere in a function makes it local for the
# WHOLE function -- even on lines above the assignment. That is why reading
# it first raises UnboundLocalError, even when a global of that name exists.
# The compiler made the decision when it compiled the function.
#
# Run next:
#   minipy --trace=scope examples/04_global_nonlocal.py
#       Stores say where they go: `total` is GLOBAL_EXPLICIT and goes to
#       "G", the module's globals; `count` is FREE and goes to "E: cell of
#       make_counter (nonlocal)". The UnboundLocalError is followed by an
#       "explain" line naming the assignment that made the name local.
#   minipy --dis examples/04_global_nonlocal.py
#       bump() uses STORE_GLOBAL, increment() uses STORE_DEREF, and
#       broken() uses LOAD_FAST for `total` although a global exists.

total = 0


def bump():
    global total          # stores go to the module's globals
    total += 1


bump()
bump()
print("total after two bumps:", total)


def make_counter():
    count = 0

    def increment():
        nonlocal count    # stores go to make_counter's cell
        count += 1
        return count

    return increment


counter = make_counter()
counter()
print("counter after two calls:", counter())


def broken():
    print(total)          # total is local here: line below assigns it
    total = 5


try:
    broken()
except UnboundLocalError as error:
    print("UnboundLocalError:", error)

# The declarations have rules, and breaking them is a compile-time error:
# nothing in the function has run yet when it is reported.
mistakes = [
    "def f():\n    total = 1\n    global total\n",
    "def f():\n    print(total)\n    global total\n",
    "def f():\n    nonlocal count\n",
    "nonlocal count\n",
    "def f(total):\n    global total\n",
]
for source in mistakes:
    try:
        compile(source, "<lesson>", "exec")
    except SyntaxError as error:
        print("SyntaxError:", error.msg, "(line %d)" % error.lineno)
