# A submodule: `from . import units` means the package this module is in.
from . import units

PI = 3.14159


def describe(r):
    return f"a circle of radius {r} {units.UNIT} has area {PI * r * r:.2f} {units.UNIT}^2"
