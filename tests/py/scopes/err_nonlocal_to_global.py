# nonlocal cannot refer to a module global: only enclosing function scopes count
counter = 0
def bump():
    nonlocal counter
    counter += 1
