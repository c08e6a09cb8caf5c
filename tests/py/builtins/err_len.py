# len() of an int raises TypeError
print(len([1, 2]))
print(len(5))
