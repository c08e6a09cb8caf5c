# asdict() and astuple() with dict_factory / tuple_factory, recursion into
# lists, tuples, dicts (keys too), OrderedDicts and namedtuples inside
# dataclasses, the copies being deep; replace() with init=False fields and
# InitVars, and what asdict refuses.
from collections import OrderedDict, namedtuple
from dataclasses import dataclass, field, asdict, astuple, replace, InitVar, is_dataclass
from typing import Dict, List, Tuple

Pair = namedtuple("Pair", "a b")


@dataclass(frozen=True)
class Tag:
    name: str


@dataclass
class Doc:
    title: str
    tags: List[Tag] = field(default_factory=list)
    meta: Dict[str, object] = field(default_factory=dict)
    span: Tuple[int, int] = (0, 0)
    pair: Pair = Pair(1, 2)
    index: Dict[Tuple[str, int], List[Tag]] = field(default_factory=dict)


d = Doc("t", [Tag("x"), Tag("y")], {"k": [Tag("z"), {"deep": Tag("w")}]}, (1, 5), Pair(Tag("p"), 3),
        {("i", 1): [Tag("j")]})
print(asdict(d))
print(astuple(d))
print(asdict(d, dict_factory=OrderedDict))
print(astuple(d, tuple_factory=list))
print(asdict(d, dict_factory=lambda pairs: [k for k, _ in pairs]))
copy = asdict(d)
copy["tags"].append("new")
copy["meta"]["k"].append(1)
print(len(d.tags), len(d.meta["k"]))
dd = OrderedDict([("a", [Tag("q")]), ("b", Pair(Tag("r"), 0))])


@dataclass
class Holder:
    data: object


print(asdict(Holder(dd)), type(asdict(Holder(dd))["data"]).__name__)
print(asdict(Holder(Holder(Holder(3)))), astuple(Holder([Holder(1), (Holder(2),)])))
for bad in [Doc, 3, [d]]:
    try:
        asdict(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    astuple(Doc)
except TypeError as e:
    print("TypeError:", e)
print(is_dataclass(Doc), is_dataclass(d), is_dataclass(Pair(1, 2)))


@dataclass
class Counter:
    name: str
    count: int = field(init=False, default=0)
    step: InitVar[int] = 1

    def __post_init__(self, step):
        self.count += step


c = Counter("c", 5)
print(c, replace(c, name="d", step=2))
try:
    replace(c, count=3)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(c, name="e")
except ValueError as e:
    print("ValueError:", e)
try:
    replace(c, nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(Doc, title="x")
except TypeError as e:
    print("TypeError:", e)
