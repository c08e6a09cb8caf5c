# wrong argument counts and types for methods of list, tuple, dict and set: CPython 3.11 names the method with its type
a = [3, 1, 2]
t = (1, 2)
d = {'a': 1}
s = {1, 2}
cases = ['a.append(1, 2)', 'a.append()', 'a.count()', 'a.remove()', 'a.index()', 'a.insert(1)', 'a.pop(1, 2)',
         'a.reverse(1)', 'a.copy(1)', 'a.clear(1)', 'a.extend()', 'a.sort(1)', 'a.sort(key=1)', 'a.sort(reverse=None)',
         'list.append(a)', 't.count()', 't.index()', 'd.get()', 'd.get(1, 2, 3)', 'd.pop()', 'd.keys(1)', 'd.items(1)',
         'd.copy(1)', 'd.popitem(1)', 'd.setdefault()', 'd.update(1)', 'd.update({}, {})', 's.add()', 's.add(1, 2)',
         's.remove()', 's.discard()', 's.pop(1)', 's.copy(1)', 's.issubset()']
for src in cases:
    try:
        eval(src)
        print(src.ljust(22), 'no error')
    except Exception as e:
        print(src.ljust(22), type(e).__name__ + ':', e)
