# Python Tutor's TUPLE, nested, and one shared by two names
pair = (1, "a")
nested = (pair, (pair, 2.0))
print(nested[1][0] is pair)
