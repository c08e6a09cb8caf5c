# a set is mutable, so it cannot be a member of another set (a frozenset can)
inner = frozenset({1})
outer = {inner}
print(outer)
outer.add(set(inner))
