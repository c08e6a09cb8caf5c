# an uncaught MemoryError ends the program with CPython's traceback: each frame, and the carets under the operation that asked for the memory
def grow(data, times):
    return data * times

def build():
    print('building')
    return grow([1, 2, 3], 2**62)

build()
print('not reached')
