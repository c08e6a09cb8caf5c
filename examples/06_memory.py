# Lesson 6 -- How is memory managed in Python?
#
# The common answer: "Python has a garbage collector that frees objects you
# no longer use, from time to time." Mostly wrong.
#
# Truth: every object carries a reference count -- how many references to it
# exist: names bound to it, slots of lists, dicts and frames, the VM's value
# stack. The moment the count reaches zero the object is freed, right there,
# in the middle of the statement that dropped the last reference. No
# collector is involved: reference counting frees almost everything.
#
# Truth: the garbage collector (the `gc` module) exists only for reference
# CYCLES: objects that refer to each other keep each other's counts above
# zero even when the program can no longer reach them. The collector finds
# such groups by subtracting the references they hold to each other
# (runtime/gc.c explains how) and frees them.
#
# Truth: a weak reference (the `weakref` module) lets you reach an object
# without keeping it alive: it adds nothing to the count, and when the
# object dies the reference is cleared (and its callback called). Caches
# and observers use them so that remembering an object does not leak it.
#
# Run next:
#   minipy --trace=mem examples/06_memory.py
#       Each object the program creates: "new" with its type, value and
#       reference count; "ref" lines with the reason a count changed
#       (bound to name, stored in, passed to, a local going as its function
#       returns); "free" the moment a count reaches zero. Look at the
#       `Tracked` objects: freed on the very line of the `del`.
#   minipy --trace=gc examples/06_memory.py
#       Each collection: how many objects it examined, the cycles it found
#       (by #id and type), the __del__ methods it ran, what it freed.
#   minipy --trace=mem,gc examples/06_memory.py
#       Both: the cycle's objects survive `del` (no "free") until the
#       collector breaks the cycle; in part 7, "weakref cleared" and its
#       callback right after the cached object's "free".
import gc
import sys
import _weakref as weakref     # weakref's C half: ref and getweakrefcount are the same
                               # objects, and importing it runs no Python code (a quieter
                               # --trace=mem than `import weakref`, whose module is Python)


class Tracked:
    """An object that says when it is freed: __del__ runs at that moment."""

    def __init__(self, name):
        self.name = name
        print("  created", name)

    def __del__(self):
        print("  freed  ", self.name)


# --- reference counting frees at once -----------------------------------------
print("1. a name, then no name:")
t = Tracked("first")
del t                                   # the count drops to 0: freed here
print("  (after del)")

print("2. two names:")
t = Tracked("second")
u = t                                   # one object, two references
del t
print("  still alive as u:", u.name)
u = None                                # the last reference goes
print("  (after u = None)")

print("3. a temporary:")
print("  length", len(Tracked("temp").name))   # freed as soon as len() is done

# --- sys.getrefcount shows the count (plus one: its own argument) ---------------
print("4. counting references:")
data = [1, 2, 3]
base = sys.getrefcount(data)
holder = [data, data]                   # the list holds two more references
print("  stored twice in a list: +", sys.getrefcount(data) - base)
alias = data
print("  bound to another name:  +", sys.getrefcount(data) - base)
del holder, alias
print("  after del:              +", sys.getrefcount(data) - base)


def count_inside(x):
    return sys.getrefcount(x) - base    # the parameter x is one more


print("  inside a call:          +", count_inside(data))


def make_counter():
    count = [0]

    def bump():
        count[0] += 1                   # the closure's cell keeps the list alive
        return count[0]
    return bump


bump = make_counter()
bump()
print("  a closure keeps its cell's list alive:", bump())

# --- a cycle survives del --------------------------------------------------------
print("5. a cycle:")
a = Tracked("a")
b = Tracked("b")
a.partner = b
b.partner = a                           # a -> b -> a
del a, b                                # each still holds the other: nothing freed
print("  (after del a, b: nothing freed)")
found = gc.collect()                    # the collector finds the pair
print("  gc.collect() found", found, "unreachable objects")

# --- without the collector, cycles pile up ------------------------------------------
print("6. gc.disable():")
gc.disable()
print("  enabled?", gc.isenabled())
for i in range(3):
    x = Tracked("cycle %d" % i)
    x.me = x                            # refers to itself
    del x
print("  three self-cycles are still alive")
gc.enable()
print("  collected", gc.collect())
print("  plain objects never needed the collector:")
y = Tracked("plain")
del y

# --- a weak reference does not keep its object alive --------------------------------
print("7. weak references:")
cached = Tracked("cached")
ref = weakref.ref(cached, lambda r: print("  callback: the weak reference is cleared"))
print("  reached through the weak reference:", ref() is cached)
print("  weak references to it:", weakref.getweakrefcount(cached),
      "- strong ones:", sys.getrefcount(cached) - 1)
del cached                              # the last strong reference: freed now
print("  after del, the weak reference gives", ref())
print("done")
