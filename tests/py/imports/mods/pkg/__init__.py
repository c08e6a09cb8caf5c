"""A package: its __init__ runs first."""
print('pkg: executing __init__ as', __name__, 'package', __package__)
VERSION = '1.0'
__all__ = ['VERSION', 'sub']
