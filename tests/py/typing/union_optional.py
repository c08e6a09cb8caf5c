# Union and Optional: nested unions flatten, duplicates go (the first kept),
# a single type is itself, None becomes NoneType, order does not matter to
# ==, and int | None is equal to Optional[int] though a different object.
from typing import Union, Optional, List, Any, get_args, get_origin
import types

print(Union[int, Union[str, float]])
print(Union[Union[int, str], Union[str, bytes]])
print(Union[int, int, int])
print(Union[int])
print(Union[int, None], Union[None, int], Optional[int])
print(Optional[Optional[int]], Optional[Union[int, str]], Optional[None])
print(Union[int, str] == Union[str, int])
print(Union[int, str] == Union[int, str, int])
print(Union[int, str] == Union[int, bytes])
print(Optional[int] == Union[int, None] == Union[None, int])
print(Union[int, str] == int | str, int | str == Union[int, str])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, None] is Optional[int], type(int | None) is types.UnionType)
print(get_args(Union[int, str, None]), get_origin(Union[int, str]) is Union)
print(get_args(int | str), get_origin(int | str) is types.UnionType)
print(Union[int, Any], Union[Any, int], Union[List[int], List[str]])
print(Union[int, "Node"], Optional["Node"])
print(isinstance(3, Union[int, str]), isinstance(3.0, Union[int, str]))
print(isinstance(None, Optional[int]), issubclass(bool, Union[int, str]))
print(isinstance(3, int | str), isinstance(None, int | None))
print(Union[int, str] | None, None | Union[int, str], Union[int, str] | bytes)
print(Optional[int] | str, int | Optional[str])
print(Union[int, str].__args__, Optional[int].__args__)
print(Union[int, str].__origin__ is Union, Union[int, str].__parameters__)
print(len({Union[int, str], Union[str, int], Optional[int], Union[None, int]}))
for bad in [(), (1,), (int, 3)]:
    try:
        print(Union[bad])
    except TypeError as e:
        print("TypeError:", e)
for bad in [(int, str), 3]:
    try:
        print(Optional[bad])
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(3, Union[List[int], str])
except TypeError as e:
    print("TypeError:", e)
try:
    Union()
except TypeError as e:
    print("TypeError:", e)
try:
    class C(Union):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(Union[int, str]):
        pass
except TypeError as e:
    print("TypeError:", e)
