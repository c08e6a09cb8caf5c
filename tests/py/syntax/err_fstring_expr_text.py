# An error inside an f-string expression: CPython 3.11 re-parses the
# expression as "(expression)" and shows that text, with the caret in it.
width = 3
print(f"{width + }")
