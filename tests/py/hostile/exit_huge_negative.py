# sys.exit() with a huge negative int: 255 too
import sys
sys.exit(-2**100)
