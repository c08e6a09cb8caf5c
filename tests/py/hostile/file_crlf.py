# a source file with CRLF line ends: they are newlines, also inside triple-quoted strings and after a backslash
x = 1 + \
    2
s = """a
b"""
print(x, repr(s))
if x:
    print("block")
