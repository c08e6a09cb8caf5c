# A child killed by a signal: WIFSIGNALED, and a negative exit code, as
# multiprocessing's Process.exitcode reports it.
import os, time

pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
    print("never printed")
_, status = os.waitpid(pid, 0)
print("signalled:", os.WIFSIGNALED(status), "signal", os.WTERMSIG(status))
print("exit code:", os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    time.sleep(30)
    os._exit(0)
os.kill(pid, 15)
_, status = os.waitpid(pid, 0)
print("terminated:", os.waitstatus_to_exitcode(status))

# signal 0 only asks whether the process exists
pid = os.fork()
if pid == 0:
    time.sleep(30)
    os._exit(0)
print("alive:", os.kill(pid, 0))
os.kill(pid, 9)
os.waitpid(pid, 0)
try:
    os.kill(pid, 0)
except ProcessLookupError as e:
    print("after waitpid:", type(e).__name__, e)
