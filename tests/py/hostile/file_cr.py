# a source file with a bare CR line end: CPython reads it as a newline
x = 1print("cr", x)
