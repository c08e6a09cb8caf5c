"""A docstring may come first; comments, blank lines and several future
statements (also on one line, and in parentheses) may follow it."""
# a comment

from __future__ import generator_stop
from __future__ import (nested_scopes,
                        annotations as ann)
from __future__ import division; from __future__ import with_statement
print(ann, __doc__.split()[0])
def f(x: Later) -> Later: pass
print(f.__annotations__)
