# import a.b as c binds the submodule itself; from a import b as c as well
import pkg.deep.twig as t
from pkg import deep as d
print(t.NAME, d.__name__, 'pkg' in dir())
