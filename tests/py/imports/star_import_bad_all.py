# an __all__ that names something missing: AttributeError from the star import
try:
    from star_bad_all import *
except AttributeError as e:
    print(type(e).__name__, e)
print(present)
