from . import sub
from .sub import helper as h
print('pkg.sibling: got', sub.__name__, h())
