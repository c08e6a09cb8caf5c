# Annotated[T, x, ...] carries metadata beside a type: nested Annotated
# merge, the metadata is kept in order, get_type_hints() strips it unless
# include_extras=True; an Annotated is equal only with the same metadata.
from typing import Annotated, List, Optional, get_type_hints, get_args, get_origin


class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __repr__(self):
        return f"Range({self.lo}, {self.hi})"

    def __eq__(self, other):
        return isinstance(other, Range) and (self.lo, self.hi) == (other.lo, other.hi)

    def __hash__(self):
        return hash((self.lo, self.hi))


Percent = Annotated[int, Range(0, 100)]
print(Percent, Percent.__metadata__, Percent.__origin__)
print(Annotated[Percent, "doc"], Annotated[Annotated[int, 1], 2, 3].__metadata__)
print(Annotated[List[int], "list"], Annotated[Optional[str], None])
print(get_origin(Percent) is Annotated, get_args(Percent))
print(Percent == Annotated[int, Range(0, 100)], Percent == Annotated[int, Range(0, 99)])
print(Annotated[int, 1, 2] == Annotated[int, 2, 1], Percent == int)
print(hash(Percent) == hash(Annotated[int, Range(0, 100)]))
print(List[Percent], Optional[Percent])


class Settings:
    volume: Percent
    name: Annotated[str, "the user's name"]
    tags: List[Annotated[str, "tag"]]
    limit: "Annotated[int, Range(1, 10)]"


print(get_type_hints(Settings))
print(get_type_hints(Settings, include_extras=True))


def validate(obj):
    for name, hint in get_type_hints(type(obj), include_extras=True).items():
        if get_origin(hint) is Annotated:
            for meta in hint.__metadata__:
                if isinstance(meta, Range):
                    value = getattr(obj, name)
                    ok = meta.lo <= value <= meta.hi
                    print(f"{name}={value} in {meta}: {ok}")


s = Settings()
s.volume, s.name, s.tags, s.limit = 120, "ann", [], 5
validate(s)


def f(x: Annotated[int, "x"], y: "Annotated[float, 'y']" = 1.0) -> Annotated[None, "nothing"]:
    pass


print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
for bad in [lambda: Annotated[int], lambda: Annotated[()], lambda: Annotated(int, 1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(3, Percent)
except TypeError as e:
    print("TypeError:", e)
print(Percent(7))
