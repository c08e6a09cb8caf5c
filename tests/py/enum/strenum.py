# StrEnum (3.11): members are strs, str() and format() give the value, repr is the enum's; str methods work
from enum import StrEnum, auto
class Method(StrEnum):
    GET = "GET"
    POST = auto()
    DELETE = "delete"
print(Method.GET, repr(Method.POST), f"{Method.DELETE}!", Method.GET.lower(), Method.POST + "/x")
print(Method("GET"), Method.POST == "post", "%s" % Method.GET, len(Method.DELETE), Method.GET.value)
print(sorted(Method), "-".join(Method), isinstance(Method.GET, str), Method.GET.startswith("G"))
try:
    class Bad(StrEnum):
        NUMBER = 1
except TypeError as e:
    print("TypeError:", e)
