# __name__ is a module global set to '__main__' for the program being run; it is not a built-in
print(__name__, type(__name__))
if __name__ == '__main__':
    print('running as the main program')
def show():
    return __name__
print(show())
print(*[], sep='never shown')
print(*['spread', 'list'], *('and', 'tuple'))
