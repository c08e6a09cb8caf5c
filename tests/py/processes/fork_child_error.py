# An exception nobody catches in the child: its traceback, exit status 1.
# The parent goes on.
import os, sys

def work(n):
    return 10 // n

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    work(0)
_, status = os.waitpid(pid, 0)
print("child exit code:", os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    sys.exit("child: giving up")
_, status = os.waitpid(pid, 0)
print("child exit code:", os.waitstatus_to_exitcode(status))
