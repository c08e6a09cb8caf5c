# an uncaught IndexError from a list, inside a function called in a loop
def third(items):
    return items[2]
for row in [[1, 2, 3], [4, 5]]:
    print(third(row))
