# sys.exit() with an int beyond a C long: CPython exits 255 (its exit(-1)), printing nothing
import sys
print("before")
sys.exit(2**100)
