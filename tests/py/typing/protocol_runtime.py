# Protocol: structural types. A @runtime_checkable protocol answers
# isinstance() by looking for its members (methods and data) on the
# object, whatever its class; a plain protocol refuses isinstance(); a
# protocol cannot be instantiated, but a class deriving from it can.
from typing import Protocol, runtime_checkable, Iterable, TypeVar, Generic, SupportsInt, SupportsAbs, SupportsFloat, SupportsIndex


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str:
        ...


class Drawable(Protocol):
    def draw(self) -> str:
        ...


class File:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)

    def greet(self):
        return "hi " + self.name


class Socket:
    def close(self):
        print("socket closed")


def shutdown(things: Iterable[Closable]) -> None:
    for t in things:
        if isinstance(t, Closable):
            t.close()
        else:
            print("cannot close", type(t).__name__)


shutdown([File("a.txt"), Socket(), 42, "text"])
print(isinstance(File("x"), Named), isinstance(Socket(), Named))
print(issubclass(File, Closable), issubclass(int, Closable))
try:
    issubclass(File, Named)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(File("x"), Drawable)
except TypeError as e:
    print("TypeError:", e)
for proto in (Closable, Drawable, Protocol):
    try:
        proto()
    except TypeError as e:
        print("TypeError:", e)


class Circle(Drawable):
    def draw(self):
        return "()"


print(Circle().draw(), isinstance(Circle(), Circle), Circle.__mro__[1:])
T_co = TypeVar("T_co", covariant=True)


@runtime_checkable
class Source(Protocol[T_co]):
    def read(self) -> T_co:
        ...


class Reader:
    def read(self):
        return "data"


print(Source, Source[int], Source.__parameters__, isinstance(Reader(), Source))
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(3.0, SupportsIndex), isinstance(-2, SupportsAbs))


class Sub(Closable, Protocol):
    def flush(self) -> None:
        ...


print(isinstance(File("y"), Sub), Sub._is_protocol, File.__dict__.get("_is_protocol"))
try:
    runtime_checkable(File)
except TypeError as e:
    print("TypeError:", e)
try:
    class Mixed(Protocol, File):
        pass
except TypeError as e:
    print("TypeError:", e)
