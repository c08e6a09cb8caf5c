# a module whose body raises: the exception comes out of the import, the module is not left in sys.modules, and importing again runs it again
import sys
for attempt in range(2):
    try:
        import raises_on_import
    except KeyError as e:
        print('attempt', attempt, type(e).__name__, e, 'in sys.modules:', 'raises_on_import' in sys.modules)
