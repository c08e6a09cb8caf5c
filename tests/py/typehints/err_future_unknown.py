# an unknown feature, found by the future pass (caret at the statement)
from __future__ import (annotations,
                        telepathy)
