# operator precedence and associativity
-2 ** 2
2 ** -1
2 ** 3 ** 2
a + b * c - d / e // f % g @ h
(a + b) * c
~x + -y - +z
a << 1 >> 2 & 3 | 4 ^ 5
not a and b or c
a or b or c and d and e
(a or b) or c
x if y else z if w else v
