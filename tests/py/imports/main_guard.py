# if __name__ == '__main__': true in the script, false in an imported module
import whoami
print('main program: __name__ is', __name__)
if __name__ == '__main__':
    print('main program: guarded block runs')
