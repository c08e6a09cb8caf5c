# from m import missing: ImportError naming the name, the module and its file; e.name is the module
import sys
HERE = sys.path[0]
for stmt in ['from simple import nope', 'from pkg import nope', 'from pkg.deep import nothing_here']:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, '|', str(e).replace(HERE, '<here>'), '|', e.name, '|', (e.path or '').replace(HERE, '<here>'))
