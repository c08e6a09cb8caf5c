# an old-style octal literal
mode = 0755
