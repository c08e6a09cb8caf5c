# fork() copies everything, print()'s buffer too. Here stdout is a pipe or
# a file (the tests run so), so print() holds its text in a buffer until
# the end: the child inherits "before fork" and writes it a second time.
# os._exit() ends a process without writing its buffer.
import os

print("before fork")
pid = os.fork()
if pid == 0:
    print("child")
else:
    os.waitpid(pid, 0)
    print("parent")
    pid = os.fork()
    if pid == 0:
        print("lost: os._exit() does not flush")
        os._exit(0)
    os.waitpid(pid, 0)
    print("after the second child")
