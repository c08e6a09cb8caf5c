# a nonlocal directly in a module-level class body finds no enclosing function scope
class Config:
    nonlocal debug
    debug = True
