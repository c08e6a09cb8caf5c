# an exception deep in nested calls: the traceback lists every frame from the module down, with its line
def level3(x):
    return x['missing']
def level2(x):
    y = {'present': 1}
    return level3(y)
def level1():
    print('starting')
    return level2(0)
level1()
