# Several children at once: os.wait() takes whichever ends first, so the
# parent sorts what it collects. WNOHANG asks without waiting.
import os, time

children = {}
for code in (5, 6, 7):
    pid = os.fork()
    if pid == 0:
        time.sleep(0.5 + 0.05 * code)     # long enough that none has ended at WNOHANG
        os._exit(code)
    children[pid] = code

pid, status = os.waitpid(-1, os.WNOHANG)
print("WNOHANG before any ended:", (pid, status))
results = []
while children:
    pid, status = os.wait()
    results.append((children.pop(pid), os.waitstatus_to_exitcode(status)))
print(sorted(results))
try:
    os.wait()
except ChildProcessError as e:
    print(type(e).__name__, e.errno, e.strerror)
