# Calling a typing.NamedTuple class with a field missing: the TypeError
# names the class's __new__ and the missing field, and the traceback
# shows only the program's line, as CPython's.
from typing import NamedTuple, Optional


class Employee(NamedTuple):
    name: str
    dept: str
    manager: Optional["Employee"] = None


boss = Employee("ann", "eng")
print(boss, Employee("bob", "eng", boss).manager.name)
staff = [Employee("cy", "ops", boss), Employee("dee")]
print("not reached")
