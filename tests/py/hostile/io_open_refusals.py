# open() refuses what CPython refuses: a NUL byte in the name, a folder,
# a mode with no or two of r/w/a/x, repeated or unknown letters.
import sys

cases = [
    ("x\x00.txt", "w"),
    (".", "r"),
    (".", "w"),
    ("", "r"),
    ("no/such/folder/file.txt", "r"),
    ("probe.txt", ""),
    ("probe.txt", "rw"),
    ("probe.txt", "r++"),
    ("probe.txt", "tt"),
    ("probe.txt", "q"),
    ("probe.txt", "rb+t"),
    ("probe.txt", "+"),
]
for name, mode in cases:
    try:
        open(name, mode)
        print(repr(name), repr(mode), "opened")
    except (OSError, ValueError) as e:
        print(repr(name), repr(mode), type(e).__name__, e)
