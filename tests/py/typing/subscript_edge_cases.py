# Edge cases of subscripting typing's forms, one per line: what each
# evaluates to or the error CPython 3.11 gives (ClassVar/Final inside
# other hints, bare forms as arguments, ParamSpec and TypeVarTuple
# substitution, Unpack, bounds, get_origin/get_args of the rarer forms).
import typing, collections.abc
from typing import *
T = TypeVar("T"); S = TypeVar("S"); P = ParamSpec("P"); Ts = TypeVarTuple("Ts")
class G(Generic[T]): pass
class GP(Generic[P]): pass
exprs = '''List[ClassVar[int]]
List[Final[int]]
ClassVar[Final[int]]
Final[ClassVar[int]]
Optional[ClassVar[int]]
List[Union]
List[Generic]
List[Protocol]
Union[Any, int]
List[Any]
Tuple[int, ...][int]
List[T][T]
Dict[T, T][int]
Callable[[T], T][int]
Callable[P, T][int, str]
Callable[Concatenate[int, P], T][[str], bytes]
Callable[Concatenate[int, P], T][..., bytes]
Callable[Concatenate[int, ...], T]
GP[int, str]
GP[[int, str]]
GP[...]
GP[P]
GP[Concatenate[int, P]]
G[int, str]
G[()]
Generic[T][int]
Protocol[T]
Protocol[int]
Generic[T, P, *Ts]
Union[int, "str"]
List["x y"]
ForwardRef("1 +")
Literal[[1]]
Literal[{"a": 1}]
Literal[()]
Annotated[ClassVar[int], 1]
Annotated[Final, 1]
Optional[Any]
Union[NoReturn, int]
Type[Any]
TypeGuard[list]
Callable[[...], int]
Callable[[int], ...]
Callable[int, int]
Callable[[], int][()]
Tuple[*Ts][int, str]
Tuple[int, *Ts, str][bytes]
Tuple[*Ts, *Ts]
tuple[*Ts, *Ts]
Unpack[tuple[int, str]]
Unpack[Tuple[int, ...]]
Unpack[T]
T.__name__, S.__bound__
TypeVar("X", bound=List[int])
TypeVar("X", bound=3)
TypeVar("X", bound=None)
ParamSpec("Q", bound=int).__bound__
NewType("N", List[int])
NewType("a.b", int)
get_origin(P.args), get_origin(P.kwargs)
get_args(P.args)
get_args(Concatenate[int, P])
get_origin(Concatenate[int, P])
get_args(Unpack[Ts])
get_origin(ClassVar)
get_args(Callable[[], int])
get_args(Callable[Concatenate[int, P], int])
Required[int] | None
Literal[1] | Literal[2] | None
T | S | None
P | None
Optional[P]
Union[P, int]
List[P]
List[Ts]
List[*Ts]
Tuple[Ts]
typing.Tuple[int][0]
Callable[..., int].__parameters__
Union[int, List[T]].__parameters__
Union[int, List[T]][str]
Literal[T]
Literal[T].__parameters__
Annotated[T, 1][int]
Annotated[List[T], 1][int]
Annotated[T, 1].__parameters__
ClassVar[T][int]
Final[List[T]][int]
NamedTuple("X", [("a", 1)])
TypedDict("X", {"a": 1})
TypedDict("X", {"a": int}, total=False).__total__
is_typeddict(TypedDict("X", {}))'''.split("\n")
for e in exprs:
    try:
        r = eval(e)
        print(e, "->", repr(r))
    except Exception as ex:
        print(e, "!!", type(ex).__name__, ex)
