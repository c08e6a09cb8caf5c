# mutating a dict while iterating it: a size change raises "dictionary changed size during iteration", a same-size key change "dictionary keys changed during iteration"
def attempt(label, body):
    d = {'a': 1, 'b': 2, 'c': 3}
    seen = []
    try:
        body(d, seen)
        print(label, 'no error', seen, d)
    except RuntimeError as e:
        print(label, 'RuntimeError:', e, seen)


def add(d, seen):
    for k in d:
        seen.append(k)
        d[k + k] = 0


def delete(d, seen):
    for k in d:
        seen.append(k)
        del d[k]


def replace_key(d, seen):
    for k in d:
        seen.append(k)
        if k == 'a':
            del d['c']
            d['z'] = 26


def set_values(d, seen):
    for k in d:
        seen.append(k)
        d[k] = d[k] * 10


def add_via_items(d, seen):
    for k, v in d.items():
        seen.append(k)
        d['new'] = v


def pop_values(d, seen):
    for v in d.values():
        seen.append(v)
        d.popitem()


def keys_view(d, seen):
    for k in d.keys():
        seen.append(k)
        d.clear()


def add_last_step(d, seen):
    for k in d:
        seen.append(k)
        if k == 'c':
            d['d'] = 4


def over_a_copy(d, seen):
    for k in list(d):
        seen.append(k)
        del d[k]


for fn in [add, delete, replace_key, set_values, add_via_items, pop_values, keys_view, add_last_step, over_a_copy]:
    attempt(fn.__name__, fn)
