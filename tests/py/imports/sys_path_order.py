# sys.path is searched in order: the first folder holding the module wins, and the cache keeps it
import sys
sys.path.insert(0, sys.path[0] + '/mods/shadow_second')
sys.path.insert(0, sys.path[0] + '/mods/shadow_first')
import shadowed
print(shadowed.WHERE)
sys.path.pop(0)
import shadowed
print(shadowed.WHERE)
del sys.modules['shadowed']
import shadowed
print(shadowed.WHERE)
