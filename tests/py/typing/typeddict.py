# TypedDict: a dict with declared keys. At run time the instances are
# plain dicts; the class keeps __annotations__, __total__ and the
# __required_keys__/__optional_keys__ that total=False, Required and
# NotRequired decide, and inheritance merges them; the errors.
from typing import TypedDict, Required, NotRequired, List, Optional, get_type_hints, is_typeddict


class Movie(TypedDict):
    title: str
    year: int


class Extra(TypedDict, total=False):
    rating: float
    tags: List[str]


class Full(Movie, Extra):
    director: NotRequired[str]


class Partial(TypedDict, total=False):
    id: Required[int]
    note: str


m = Movie(title="Alien", year=1979)
print(m, type(m), m["title"], Movie.__name__, Movie.__module__)
for cls in (Movie, Extra, Full, Partial):
    print(cls.__name__, cls.__total__, sorted(cls.__required_keys__),
          sorted(cls.__optional_keys__), list(cls.__annotations__))
print(Full.__annotations__)
print(get_type_hints(Full))
print(get_type_hints(Full, include_extras=True))
print(Full.__mro__, Full.__bases__ if False else "", is_typeddict(Full), is_typeddict(dict))
f = Full(title="Up", year=2009, tags=["pixar"])
f["rating"] = 8.3
print(f, f.get("director", "?"), len(f))
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__, sorted(Point.__required_keys__))
Opt = TypedDict("Opt", {"a": int, "b": NotRequired[str]}, total=False)
print(Opt.__total__, sorted(Opt.__required_keys__), sorted(Opt.__optional_keys__))
print(Movie({"title": "x", "year": 1}), Movie(), dict(Movie(title="y")))


def describe(movie: Movie) -> str:
    missing = [k for k in Movie.__required_keys__ if k not in movie]
    return f"missing {sorted(missing)}" if missing else f"{movie['title']} ({movie['year']})"


print(describe(m), describe({"title": "Heat"}))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(TypedDict, dict):
        x: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(TypedDict):
        x: Required[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Required[Required[int]]
except TypeError as e:
    print("TypeError:", e)
print(Required[int], NotRequired[List[int]])
