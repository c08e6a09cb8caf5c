# a global declaration does not create the name: reading it before any assignment is a NameError
def show():
    global settings
    return settings
print('calling show')
show()
