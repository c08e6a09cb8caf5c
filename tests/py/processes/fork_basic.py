# os.fork(): one call, two returns. The child gets 0, the parent the child's pid.
import os, sys

print("one process so far", flush=True)
pid = os.fork()
if pid == 0:
    print("child: fork() returned 0")
    print("child: my parent is the process that forked:", os.getppid() != os.getpid())
    sys.exit(3)
got, status = os.waitpid(pid, 0)
print("parent: fork() returned the child's pid:", got == pid)
print("WIFEXITED", os.WIFEXITED(status), "WEXITSTATUS", os.WEXITSTATUS(status))
print("WIFSIGNALED", os.WIFSIGNALED(status), "exit code", os.waitstatus_to_exitcode(status))

# a child that just ends its program exits 0
pid = os.fork()
if pid == 0:
    print("child 2 runs to the end of the program")
else:
    _, status = os.waitpid(pid, 0)
    print("child 2 exit code", os.waitstatus_to_exitcode(status))
