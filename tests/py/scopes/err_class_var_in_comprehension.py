# a comprehension in a class body cannot see class variables, except in its first iterable
class Table:
    size = 3
    factor = 10
    rows = [i for i in range(size)]
    print(rows)
    scaled = [i * factor for i in range(size)]
