# A child keeps only the thread that called fork(): it becomes the main
# thread, and threading forgets the others (os.register_at_fork).
import os, sys, threading, time

ready = threading.Event()
stop = threading.Event()
def worker():
    ready.set()
    stop.wait()

t = threading.Thread(target=worker, name="W")
t.start()
ready.wait()
print("threads before:", threading.active_count(), flush=True)
pid = os.fork()
if pid == 0:
    print("child: threads", threading.active_count(), [th.name for th in threading.enumerate()])
    print("child: main is current", threading.main_thread() is threading.current_thread())
    print("child: W alive", t.is_alive())
    sys.stdout.flush()
    os._exit(7)
_, status = os.waitpid(pid, 0)
print("child exit code", os.waitstatus_to_exitcode(status))
stop.set()
t.join()
print("parent: threads", threading.active_count())
