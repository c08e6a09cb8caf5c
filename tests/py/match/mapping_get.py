# a mapping pattern looks keys up with get(): a defaultdict grows no key, None values still match
from collections import defaultdict, OrderedDict
d = defaultdict(list)
d["a"] = 1
match d:
    case {"a": 1, "missing": _}:
        print("matched?")
    case {"a": a}:
        print("a is", a)
print(sorted(d))
match {"k": None}:
    case {"k": None}:
        print("None value matched")
match OrderedDict(b=2, a=1):
    case {"a": x, **others}:
        print(x, others, type(others).__name__)
