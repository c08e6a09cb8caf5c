# the loop variable of a comprehension does not exist after it
values = [element * 2 for element in range(3)]
print(values)
print(element)
