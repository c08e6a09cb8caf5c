# get_origin() and get_args(): what a hint is made of, for the typing
# aliases, the builtin generics (PEP 585), unions (both spellings),
# Callable, Literal, Annotated and user Generic classes; a plain class has
# no origin and no args.
import collections.abc
from typing import (Any, Callable, Dict, Generic, List, Literal, Optional, Tuple, TypeVar, Union,
                    Annotated, Iterable, Generator, ClassVar, Final, get_args, get_origin)
import types

T = TypeVar("T")


class Box(Generic[T]):
    pass


hints = [int, Any, T, List, List[int], list[int], Dict[str, int], dict[str, int],
         Tuple[int, ...], tuple[int, ...], Tuple[()], tuple[()], Optional[int], int | None,
         Union[int, str, None], Callable[[int, str], bool], Callable[..., int], Callable[[], None],
         collections.abc.Callable[[int], str], Literal["a", 1], Annotated[int, "m"],
         Iterable[T], Generator[int, None, str], Box[int], Box, Generic, Generic[T],
         ClassVar[int], Final[str], List[Tuple[int, str]]]
for h in hints:
    print(f"{h!r:45} {get_origin(h)!r:40} {get_args(h)!r}")


def describe(hint):
    origin = get_origin(hint)
    args = get_args(hint)
    if origin in (Union, types.UnionType):
        return " or ".join(describe(a) for a in args)
    if origin is list:
        return f"list of {describe(args[0])}"
    if origin is dict:
        return f"dict from {describe(args[0])} to {describe(args[1])}"
    if origin is tuple:
        if len(args) == 2 and args[1] is ...:
            return f"tuple of {describe(args[0])}"
        return "tuple of (" + ", ".join(describe(a) for a in args) + ")"
    if origin is collections.abc.Callable:
        params, result = args
        if params is ...:
            return f"function returning {describe(result)}"
        return f"function({', '.join(describe(a) for a in params)}) -> {describe(result)}"
    if hint is type(None):
        return "None"
    if isinstance(hint, type):
        return hint.__name__
    return repr(hint)


for h in [List[int], Dict[str, List[Optional[int]]], Tuple[int, str], tuple[float, ...],
          Callable[[int], List[str]], Callable[..., None], int | str | None]:
    print(describe(h))
