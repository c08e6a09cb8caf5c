# a number glued to a name
x = 3rd
