# ParamSpec and Concatenate (PEP 612): a decorator that keeps the
# signature it wraps is typed Callable[P, R]; P.args and P.kwargs; a
# Generic[P] class is subscripted with a list of types; the reprs and
# __parameters__ as CPython 3.11 shows them.
import functools
from typing import (Callable, Concatenate, Generic, ParamSpec, TypeVar, List, get_args,
                    get_origin, get_type_hints)
import collections.abc

P = ParamSpec("P")
Q = ParamSpec("Q")
R = TypeVar("R")
T = TypeVar("T")
print(P, P.__name__, P.__module__, P.__bound__, P.__covariant__, P.__contravariant__)
print(P.args, P.kwargs, type(P.args).__name__, type(P.kwargs).__name__)
print(P.args.__origin__ is P, P.kwargs.__origin__ is P, P.args == P.args, P.args == Q.args)
print(ParamSpec("P_co", covariant=True), ParamSpec("P_contra", contravariant=True))


def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"calling {func.__name__} with {args} {kwargs}")
        return func(*args, **kwargs)
    return inner


@logged
def add(a: int, b: int = 0) -> int:
    return a + b


print(add(1, b=2))
print(logged.__annotations__)
print(add.__wrapped__.__annotations__)


def with_request(f: Callable[Concatenate[str, P], R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f("request", *args, **kwargs)
    return inner


@with_request
def handler(req: str, n: int) -> str:
    return f"{req} #{n}"


print(handler(3), with_request.__annotations__["f"])
C1 = Callable[P, R]
C2 = Callable[Concatenate[int, P], R]
C3 = Callable[Concatenate[int, str, P], List[R]]
for c in (C1, C2, C3):
    print(c, c.__args__, c.__parameters__, get_args(c), get_origin(c))
print(Concatenate[int, P], Concatenate[int, P].__args__, Concatenate[int, P].__parameters__)
print(C1[[int, str], bool], C1[..., bool], C2[[str], float], C1[[], None])
print(Callable[[int], R][str], Callable[P, int][[float]])
print(collections.abc.Callable[P, R], collections.abc.Callable[Concatenate[int, P], R])


class Job(Generic[P, R]):
    def __init__(self, fn: Callable[P, R]):
        self.fn = fn

    def run(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.fn(*args, **kwargs)


print(Job.__parameters__, Job[[int, str], bool], Job[[int], bool].__args__)
print(Job[..., int], Job[P, T], Job[[int], bool] == Job[[int], bool])
print(Job(add.__wrapped__).run(4, 5), Job[[int, int], int](max).run(2, 9))


class Pipe(Generic[P]):
    pass


print(Pipe[int, str], Pipe[[int, str]], Pipe[int].__args__, Pipe[Concatenate[int, P]])
print(get_type_hints(Job.run))
for bad in ["ParamSpec('X', covariant=True, contravariant=True)", "Concatenate[int]",
            "Concatenate[()]", "Concatenate[int, str]", "Callable[P]", "isinstance(1, P)",
            "Generic[P, P]"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(f"{bad}: {type(e).__name__}: {e}")
