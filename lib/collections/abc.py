"""collections.abc -- the abstract base classes of containers (Iterable,
Sequence, Mapping, ...). They live in _collections_abc, which
collections itself imports; this module re-exports them."""

from _collections_abc import *
from _collections_abc import __all__
