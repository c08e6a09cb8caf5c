# member() makes a function a member, nonmember() keeps a value out; descriptors, private names and dunders are not members
from enum import Enum, member, nonmember
class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    LIMIT = nonmember(100)
    _Ops__secret = 7
    __doc__ = "operations"
    SUB = 2
    def method(self):
        return "method"
print(list(Ops.__members__), Ops.LIMIT, Ops._Ops__secret, Ops.__doc__, Ops.SUB.method())
print(Ops.ADD.value(2, 3), Ops.ADD.name, len(Ops))
