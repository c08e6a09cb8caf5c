from .. import sub
from ..sub import helper
from . import twig
print('pkg.deep.leaf: executing,', helper(), twig.NAME)
