# several statements on a line, blank lines and comments
a = 1; b = 2; c = 3;

# a comment

if a: b; c
x = (1 +
     2)  # implicit joining
y = 1 + \
    2
