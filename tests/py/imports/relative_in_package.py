# relative imports inside a package: from . import x, from .x import y, from .. import z
import pkg.sibling
import pkg.deep.leaf
print(pkg.sibling.h(), pkg.deep.leaf.helper())
