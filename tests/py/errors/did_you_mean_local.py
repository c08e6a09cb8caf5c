# inside a function the suggestion looks at local names too
def area(width, height):
    result = width * height
    return reslt
area(2, 3)
