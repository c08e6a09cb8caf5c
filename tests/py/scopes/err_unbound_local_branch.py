# an assignment in a branch that did not run still makes the name local for the whole function
mode = 'global mode'
def choose(flag):
    if flag:
        mode = 'local mode'
    return mode
print(choose(True))
print(choose(False))
