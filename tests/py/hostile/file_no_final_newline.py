# a source file whose last line has no newline, ending inside an indented block
def f():
    return "no final newline"
print(f())
if True:
    print("last")