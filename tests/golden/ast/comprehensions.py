# list, set, dict comprehensions and generator expressions
[x for x in y]
[x * y for x in a for y in b]
[x for x in y if x if not x]
{x for x in y}
{k: v for k, v in items}
{k: v for k in a if k for v in b}
(x for x in y)
[(a, b) for a, b in pairs]
[x for x, in y]
[[y for y in x] for x in z]
[x for x in (yield_ for yield_ in q)]
[i for i in range(10) if (j := i * 2) > 5]
