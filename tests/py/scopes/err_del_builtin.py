# del of a builtin name at module level fails: the module has no such global to delete
print(len('x'))
del len
