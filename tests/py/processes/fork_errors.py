# The process calls' errors, as CPython's.
import os

tries = [
    lambda: os.fork(1),
    lambda: os.getppid(1),
    lambda: os.cpu_count(1),
    lambda: os.wait(1),
    lambda: os.pipe(1),
    lambda: os.waitpid(),
    lambda: os.waitpid(1, 2, 3),
    lambda: os.waitpid(99999999, 0),
    lambda: os.waitpid("1", 0),
    lambda: os.wait(),
    lambda: os.kill(1),
    lambda: os.kill("a", 1),
    lambda: os.kill(2 ** 40, 0),
    lambda: os.kill(-2 ** 40, 0),
    lambda: os.kill(99999999, 0),
    lambda: os.kill(os.getpid(), 99999),
    lambda: os.close(),
    lambda: os.close(1, 2),
    lambda: os.close("x"),
    lambda: os.close(fd=999),
    lambda: os._exit(),
    lambda: os._exit("a"),
    lambda: os.WIFEXITED(),
    lambda: os.WIFEXITED("x"),
    lambda: os.WEXITSTATUS(1, 2),
    lambda: os.waitstatus_to_exitcode(),
    lambda: os.waitstatus_to_exitcode(0x7f),
    lambda: os.waitstatus_to_exitcode(status=2 ** 40),
    lambda: os.waitstatus_to_exitcode(0x17f),
]
for t in tries:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(os.cpu_count() >= 1, os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
print(os.waitstatus_to_exitcode(9), os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(status=0))
print(os.WEXITSTATUS(256), os.WIFEXITED(256), os.WIFSIGNALED(9), os.WTERMSIG(9), os.WCOREDUMP(0x80 | 6))
print(os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f))
r, w = os.pipe()
print(type(r).__name__, r != w)
os.close(r)
os.close(w)
