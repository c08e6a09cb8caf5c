# a folder taken off sys.path is no longer searched; non-str entries are skipped
import sys
sys.path[:] = [p for p in sys.path if not p.endswith('/mods')]
sys.path.insert(0, 42)
try:
    import simple
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
