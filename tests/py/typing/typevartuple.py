# TypeVarTuple and Unpack (PEP 646): *Ts in a subscript (3.11 syntax) is
# Unpack[Ts]; a Generic[*Ts] class takes any number of types, with fixed
# type variables around it; the reprs and __parameters__ as in 3.11.
from typing import Generic, Tuple, TypeVar, TypeVarTuple, Unpack, Callable, get_args, get_origin

Ts = TypeVarTuple("Ts")
T = TypeVar("T")
print(Ts, Ts.__name__, Ts.__module__, list(iter(Ts)), Unpack[Ts], Unpack)
star = [*Ts][0]
print(star, star == Unpack[Ts], get_origin(star) is Unpack, get_args(star), star.__args__)
print(Tuple[*Ts], Tuple[int, *Ts], Tuple[Unpack[Ts]], tuple[*Ts], tuple[int, *Ts, str])
print(Tuple[*Ts].__parameters__, Tuple[T, *Ts].__parameters__, tuple[*Ts].__args__)
print(Tuple[*Ts] == Tuple[Unpack[Ts]], Tuple[*tuple[int, str]], Tuple[*Tuple[int, ...]])


class Array(Generic[*Ts]):
    def __init__(self, *shape):
        self.shape = shape


class Table(Generic[T, *Ts]):
    pass


print(Array.__parameters__, Array[int], Array[int, str], Array[()], Array[int, *Ts])
print(Array[int, str].__args__, Array[int, str].__origin__ is Array, Array[*tuple[int, ...]])
print(Table.__parameters__, Table[int], Table[int, str, bytes], Table[int, str, bytes].__args__)
print(Array[int, float](2, 3).shape, Array[int].__parameters__, Array[*Ts].__parameters__)
Shape = Tuple[int, *Ts]
print(Shape[str, bytes], Shape[()], Shape[*Ts])


def args_to_tuple(f: Callable[[*Ts], None], *args: *Ts) -> Tuple[*Ts]:
    return args


print(args_to_tuple.__annotations__)


class Array2(Generic[Unpack[Ts]]):
    pass


print(Array2[int, str], Array2.__parameters__)
for bad in ["Unpack[int]()", "Generic[*Ts, *Ts]", "Table[()]", "isinstance(1, Ts)",
            "TypeVarTuple('Ts')()", "Unpack[Ts, T]"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(f"{bad}: TypeError: {e}")
