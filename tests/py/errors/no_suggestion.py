# a NameError with nothing similar gets no suggestion
value = 1
print(value)
print(completely_unrelated_name_xyz)
