# assigning a name inside a function makes a new local; the global of the same name is untouched
count = 10
def set_local():
    count = 99
    return count
print(set_local(), count)
def param_shadows(count):
    count += 1
    return count
print(param_shadows(1), count)
def loop_var_local():
    for count in range(3):
        pass
    return count
print(loop_var_local(), count)
def read_only():
    return count * 2
print(read_only())
