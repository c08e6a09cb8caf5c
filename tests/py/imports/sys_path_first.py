# sys.path[0] is the script's folder as an absolute path, and sys.path is a list the program can change
import sys
print(sys.path[0].startswith('/'), sys.path[0].endswith('/imports'), type(sys.path).__name__)
sys.path.insert(0, sys.path[0] + '/mods/other')
import extra
print(extra.WHERE)
