# mutating a set while iterating it raises "Set changed size during iteration"; iterating a copy is fine
def attempt(label, body):
    s = {1, 2, 3}
    seen = []
    try:
        body(s, seen)
        print(label, 'no error', sorted(seen), sorted(s))
    except RuntimeError as e:
        print(label, 'RuntimeError:', e, len(seen))


def add(s, seen):
    for x in s:
        seen.append(x)
        s.add(x + 10)


def remove(s, seen):
    for x in s:
        seen.append(x)
        s.remove(x)


def discard_missing(s, seen):
    for x in s:
        seen.append(x)
        s.discard(99)


def add_existing(s, seen):
    for x in s:
        seen.append(x)
        s.add(x)


def clear(s, seen):
    for x in s:
        seen.append(x)
        s.clear()


def copy(s, seen):
    for x in set(s):
        seen.append(x)
        s.add(x * 100)


for fn in [add, remove, discard_missing, add_existing, clear, copy]:
    attempt(fn.__name__, fn)
