# Assigning to a field of a frozen dataclass: the error is raised in the
# __setattr__ that dataclass wrote, and its traceback shows that method
# as CPython's does ("<string>", as exec() compiled it).
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    name: str
    level: int = 1


c = Config("x")
print(c)
c.level = 2
