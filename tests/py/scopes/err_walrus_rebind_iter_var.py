# an assignment expression may not rebind a comprehension's iteration variable
print('never printed')
pairs = [i := i + 1 for i in range(3)]
