# print after sys.stdout is closed: ValueError "I/O operation on closed file.", and the end of the program does not fail on the closed file
import sys
print('before')
sys.stdout.flush()
sys.stdout.close()
try:
    print('after')
except ValueError as e:
    sys.stderr.write('caught: %s\n' % e)
print('uncaught')
