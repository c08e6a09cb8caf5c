# SystemExit with a string: the string goes to stderr and the exit status is 1; sys.exit raises SystemExit
import sys
try:
    sys.exit(0)
except SystemExit as e:
    print('caught SystemExit', e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('no argument:', e.code)
sys.exit('fatal: configuration missing')
